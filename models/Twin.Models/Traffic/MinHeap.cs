using System.Runtime.CompilerServices;

namespace Twin.Models.Traffic;

/// <summary>A binary min-heap of node indices keyed by distance, with decrease-key (one per thread).</summary>
internal sealed class MinHeap
{
    private readonly int[] _heap;
    private readonly int[] _position;
    private readonly double[] _key;
    private int _count;

    public MinHeap(int capacity)
    {
        _heap = new int[capacity];
        _position = new int[capacity];
        _key = new double[capacity];
        Array.Fill(_position, -1);
    }

    public int Count => _count;

    /// <summary>Inserts the node, or lowers its key if it is already in the heap.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Push(int node, double key)
    {
        var at = _position[node];
        if (at < 0)
        {
            at = _count++;
            _heap[at] = node;
            _position[node] = at;
        }

        _key[node] = key;
        SiftUp(at);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Pop()
    {
        var top = _heap[0];
        _position[top] = -1;
        _count--;
        if (_count > 0)
        {
            var last = _heap[_count];
            _heap[0] = last;
            _position[last] = 0;
            SiftDown(0);
        }

        return top;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SiftUp(int at)
    {
        var node = _heap[at];
        var key = _key[node];
        while (at > 0)
        {
            var parent = (at - 1) >> 1;
            var above = _heap[parent];
            if (_key[above] <= key)
            {
                break;
            }

            _heap[at] = above;
            _position[above] = at;
            at = parent;
        }

        _heap[at] = node;
        _position[node] = at;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SiftDown(int at)
    {
        var node = _heap[at];
        var key = _key[node];
        while (true)
        {
            var child = (2 * at) + 1;
            if (child >= _count)
            {
                break;
            }

            if (child + 1 < _count && _key[_heap[child + 1]] < _key[_heap[child]])
            {
                child++;
            }

            var below = _heap[child];
            if (_key[below] >= key)
            {
                break;
            }

            _heap[at] = below;
            _position[below] = at;
            at = child;
        }

        _heap[at] = node;
        _position[node] = at;
    }
}
