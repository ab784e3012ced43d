using Google.Protobuf.WellKnownTypes;
using Twin.Api.V1;
using Twin.Models.City;
using Twin.Models.Sensors;
using Twin.Silo.Sensors;
using ModelSeriesPoint = Twin.Models.Sensors.SeriesPoint;
using Sensor = Twin.Models.City.Sensor;
using SeriesResolution = Twin.Models.Sensors.SeriesResolution;
using SensorKind = Twin.Models.City.SensorKind;
using TimedValue = Twin.Models.Sensors.TimedValue;

namespace Twin.Silo.Api;

/// <summary>Translation between sensor messages of twin.v1 and the sensor models.</summary>
public static class SensorMessages
{
    /// <summary>A batch's readings as the router takes them; a reading without sensor id or timestamp makes the whole batch malformed.</summary>
    public static List<RoutedReading> FromMessage(ReadingBatch batch)
    {
        if (batch.Readings.Count > SensorIngest.MaxBatch)
        {
            throw new ArgumentException($"a batch holds at most {SensorIngest.MaxBatch} readings; this one holds {batch.Readings.Count}");
        }

        var readings = new List<RoutedReading>(batch.Readings.Count);
        for (var i = 0; i < batch.Readings.Count; i++)
        {
            var reading = batch.Readings[i];
            if (string.IsNullOrWhiteSpace(reading.SensorId))
            {
                throw new ArgumentException($"readings[{i}].sensor_id is empty");
            }

            if (reading.Time is null)
            {
                throw new ArgumentException($"readings[{i}].time is missing");
            }

            readings.Add(new RoutedReading(reading.SensorId, new SensorReading(
                reading.Time.ToDateTime(), reading.Quantity, reading.Value, Optional(reading.VehicleClass), Optional(reading.Direction))));
        }

        return readings;
    }

    public static Sensor FromMessage(Twin.Api.V1.Sensor sensor)
    {
        var register = sensor.Register ?? throw new ArgumentException("sensor.register is missing: every sensor needs its register entry");
        if (sensor.Location is null)
        {
            throw new ArgumentException("sensor.location is missing (RD New x, y)");
        }

        return new Sensor(
            RequestReader.Id(sensor.Id, "sensor.id"),
            sensor.Name,
            (SensorKind)(int)sensor.Kind,
            new Twin.Models.Geo.RdPoint(sensor.Location.X, sensor.Location.Y),
            sensor.MountingHeight,
            Optional(sensor.SegmentId),
            Optional(sensor.ZoneId),
            new Twin.Models.City.SensorRegisterEntry(
                register.Owner,
                register.Purpose,
                [.. register.Quantities],
                register.LegalBasis,
                register.DpiaReference,
                register.RetentionDays,
                register.StartDate is null ? throw new ArgumentException("sensor.register.start_date is missing") : DateOnly.FromDateTime(register.StartDate.ToDateTime()),
                register.EndDate is null ? null : DateOnly.FromDateTime(register.EndDate.ToDateTime()),
                register.IsPublic,
                (Twin.Models.City.SensorStatus)(int)register.Status));
    }

    public static Twin.Grains.Sensors.CalibrationRequest FromMessage(CalibrateRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Reference))
        {
            throw new ArgumentException("reference must say what the sensor is calibrated against");
        }

        if ((request.ReferenceHours.Count == 0) == (request.Pairs.Count == 0))
        {
            throw new ArgumentException("give either reference_hours or pairs");
        }

        return new Twin.Grains.Sensors.CalibrationRequest(
            request.Quantity,
            request.Reference,
            [.. request.ReferenceHours.Select(v => new TimedValue(v.Time?.ToDateTime() ?? throw new ArgumentException("reference_hours: a time is missing"), v.Value))],
            [.. request.Pairs.Select(p => new Twin.Models.Sensors.CalibrationPair(
                p.Start?.ToDateTimeOffset() ?? throw new ArgumentException("pairs: a start is missing"),
                p.End?.ToDateTimeOffset() ?? throw new ArgumentException("pairs: an end is missing"),
                p.Raw,
                p.Reference))]);
    }

    public static Series ToMessage(Sensor sensor, string quantity, Twin.Grains.Sensors.SeriesResult result, int privacyThreshold)
    {
        var series = new Series
        {
            SensorId = sensor.Id,
            Quantity = quantity,
            Unit = SensorQuantities.All.TryGetValue(quantity, out var known) ? known.Unit : string.Empty,
            Truncated = result.Truncated,
            Calibration = result.Calibration is null ? null : ToMessage(result.Calibration),
        };
        series.Points.AddRange(result.Points.Select(p => ToMessage(p, sensor, privacyThreshold)));
        series.Readings.AddRange(result.Readings.Select(r => ToMessage(sensor.Id, Publishable(sensor, r, privacyThreshold))));
        return series;
    }

    public static Twin.Api.V1.SensorUpdate ToMessage(Twin.Grains.Sensors.SensorUpdate update, Sensor sensor, int privacyThreshold)
    {
        var message = new Twin.Api.V1.SensorUpdate { SensorId = update.SensorId, Kind = (Twin.Api.V1.SensorKind)update.Kind, Stored = update.StoredCount };
        message.Readings.AddRange(update.Readings.Select(r => ToMessage(sensor.Id, Publishable(sensor, r, privacyThreshold))));
        message.Values.AddRange(update.Values.Select(v => ToMessage(v, sensor, privacyThreshold)));
        return message;
    }

    public static IngestAck ToMessage(ulong sequence, BatchOutcome outcome)
    {
        var ack = new IngestAck
        {
            Sequence = sequence,
            Accepted = outcome.Stored + outcome.Duplicates,
            Stored = outcome.Stored,
            Duplicates = outcome.Duplicates,
            Rejected = outcome.Rejected.Length,
        };
        ack.Rejections.AddRange(outcome.Rejected.Select(r => new RejectedReading
        {
            Index = r.Index,
            SensorId = r.SensorId,
            Reason = (Twin.Api.V1.ReadingRejectionReason)(int)r.Reason,
            Message = r.Message,
        }));
        return ack;
    }

    public static Twin.Api.V1.Reading ToMessage(string sensorId, SensorReading reading) => new()
    {
        SensorId = sensorId,
        Time = Timestamp.FromDateTime(reading.Time),
        Quantity = reading.Quantity,
        Value = reading.Value,
        VehicleClass = reading.VehicleClass ?? string.Empty,
        Direction = reading.Direction ?? string.Empty,
    };

    public static Twin.Api.V1.SeriesPoint ToMessage(ModelSeriesPoint point, Sensor sensor, int privacyThreshold)
    {
        var message = new Twin.Api.V1.SeriesPoint { Start = Timestamp.FromDateTime(point.Start), Count = point.Count };
        if (sensor.SensorKind == SensorKind.CrowdCounter)
        {
            // People: values below the threshold are left out (0) and the point is marked.
            message.BelowThreshold = point.Min < privacyThreshold;
            message.Mean = PrivacyThreshold.Publishable(point.Mean, privacyThreshold) ?? 0;
            message.Min = PrivacyThreshold.Publishable(point.Min, privacyThreshold) ?? 0;
            message.Max = PrivacyThreshold.Publishable(point.Max, privacyThreshold) ?? 0;
            return message;
        }

        message.Sum = point.Sum;
        message.Mean = point.Mean;
        message.Min = point.Min;
        message.Max = point.Max;
        Set(point.V85, v => message.V85 = v);
        Set(point.ShareAboveLimit, v => message.ShareAboveLimit = v);
        Set(point.SpeedLimit, v => message.SpeedLimit = v);
        Set(point.CalibratedMean, v => message.CalibratedMean = v);
        Set(point.CalibratedMin, v => message.CalibratedMin = v);
        Set(point.CalibratedMax, v => message.CalibratedMax = v);
        return message;
    }

    public static Twin.Api.V1.LiveValue ToMessage(Twin.Models.Sensors.LiveValue value, Sensor sensor, int privacyThreshold)
    {
        var latest = ToMessage(sensor.Id, Publishable(sensor, value.Latest, privacyThreshold));
        return new Twin.Api.V1.LiveValue { Quantity = value.Quantity, Latest = latest, Hour = ToMessage(value.Hour, sensor, privacyThreshold) };
    }

    public static Twin.Api.V1.Calibration ToMessage(LinearCalibration calibration) => new()
    {
        Quantity = calibration.Quantity,
        Gain = calibration.Gain,
        Offset = calibration.Offset,
        RSquared = calibration.RSquared,
        ResidualStandardDeviation = calibration.ResidualStandardDeviation,
        PairCount = calibration.PairCount,
        Reference = calibration.Reference,
        FittedAt = Timestamp.FromDateTimeOffset(calibration.FittedAt),
        PeriodStart = Timestamp.FromDateTimeOffset(calibration.PeriodStart),
        PeriodEnd = Timestamp.FromDateTimeOffset(calibration.PeriodEnd),
    };

    public static ObservedHour ToMessage(string segmentId, SegmentObservations observations)
    {
        var message = new ObservedHour { SegmentId = segmentId };
        if (observations.Latest is { } latest)
        {
            message.Hour = Timestamp.FromDateTime(latest.Hour);
            message.Rows.AddRange(latest.Rows.Select(r =>
            {
                var row = new Twin.Api.V1.ObservedTraffic { Direction = r.Direction ?? "", VehicleClass = r.VehicleClass ?? "", Vehicles = r.Vehicles };
                Set(r.MeanSpeed, v => row.MeanSpeed = v);
                Set(r.V85, v => row.V85 = v);
                Set(r.ShareAboveLimit, v => row.ShareAboveLimit = v);
                Set(r.SpeedLimit, v => row.SpeedLimit = v);
                return row;
            }));
        }

        Set(observations.PeakHourFlow, v => message.PeakHourFlow = v);
        return message;
    }

    public static SeriesResolution Resolution(Twin.Api.V1.SeriesResolution resolution) => resolution switch
    {
        Twin.Api.V1.SeriesResolution.Hour => Twin.Models.Sensors.SeriesResolution.Hour,
        Twin.Api.V1.SeriesResolution.Day => Twin.Models.Sensors.SeriesResolution.Day,
        Twin.Api.V1.SeriesResolution.Raw => Twin.Models.Sensors.SeriesResolution.Raw,
        _ => throw new ArgumentException($"resolution {resolution} is not one of hour, day, raw"),
    };

    /// <summary>A reading as it may be published: a crowd counter's count below the threshold goes out as 0.</summary>
    private static SensorReading Publishable(Sensor sensor, SensorReading reading, int privacyThreshold) =>
        sensor.SensorKind == SensorKind.CrowdCounter && reading.Value < privacyThreshold ? reading with { Value = 0 } : reading;

    private static string? Optional(string value) => string.IsNullOrEmpty(value) ? null : value;

    private static void Set(double? value, Action<double> set)
    {
        if (value is { } v)
        {
            set(v);
        }
    }
}
