using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Twin.Silo.Access;

/// <summary>
/// The ids a write call names, for its audit line: every string field called <c>id</c>, <c>*_id</c>,
/// <c>*_ids</c> or <c>file_name</c> in the request messages, nested ones included (a batch's sensor
/// ids, a registered sensor's id, an imported file's name). At most <see cref="Limit"/> distinct ids per call.
/// </summary>
public sealed class AuditEntities
{
    public const int Limit = 20;
    private const string ItemKey = "twin.audit.entities";

    private readonly SortedSet<string> _ids = new(StringComparer.Ordinal);

    public int More { get; private set; }

    public IReadOnlyList<string> Ids => More == 0 ? [.. _ids] : [.. _ids, $"(+{More} more)"];

    /// <summary>The collector of this request, made on first use.</summary>
    public static AuditEntities Of(HttpContext http)
    {
        if (http.Items.TryGetValue(ItemKey, out var found) && found is AuditEntities entities)
        {
            return entities;
        }

        var created = new AuditEntities();
        http.Items[ItemKey] = created;
        return created;
    }

    public static AuditEntities? Find(HttpContext http) => http.Items.TryGetValue(ItemKey, out var found) ? found as AuditEntities : null;

    public void Add(string id)
    {
        if (string.IsNullOrEmpty(id) || _ids.Contains(id))
        {
            return;
        }

        if (_ids.Count < Limit)
        {
            _ids.Add(id);
        }
        else
        {
            More++;
        }
    }

    public void AddFrom(IMessage message)
    {
        if (message is Twin.Api.V1.ReadingBatch batch)
        {
            // The hot path of ingest: no reflection over thousands of readings.
            foreach (var reading in batch.Readings)
            {
                Add(reading.SensorId);
            }

            return;
        }

        AddFrom(message, 0);
    }

    private void AddFrom(IMessage message, int depth)
    {
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            var value = field.Accessor.GetValue(message);
            if (field.FieldType == FieldType.String && Names(field.Name))
            {
                foreach (var text in field.IsRepeated ? ((System.Collections.IEnumerable)value).Cast<string>() : [(string)value])
                {
                    Add(text);
                }
            }
            else if (field.FieldType == FieldType.Message && depth < 3 && !field.IsMap)
            {
                var nested = field.IsRepeated ? ((System.Collections.IEnumerable)value).OfType<IMessage>() : value is IMessage one ? [one] : [];
                foreach (var child in nested)
                {
                    AddFrom(child, depth + 1);
                }
            }
        }
    }

    private static bool Names(string field) =>
        field is "id" or "file_name" || field.EndsWith("_id", StringComparison.Ordinal) || field.EndsWith("_ids", StringComparison.Ordinal);
}
