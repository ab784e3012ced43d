namespace Twin.Grains.Sensors;

/// <summary>A live subscriber of sensor grains (a gRPC subscription, the viewer's live feed).</summary>
[Alias("twin.sensors.ISensorObserver")]
public interface ISensorObserver : IGrainObserver
{
    [Alias("updated")]
    void Updated(SensorUpdate update);
}
