using Twin.Api.V1;
using Twin.Grains.City;
using Twin.Models.Import;

namespace Twin.Silo.Api;

/// <summary>Builds the import summary a client sees: counts, every feature that was not imported and why, and what was left out of imported features.</summary>
public static class ImportMessages
{
    public static ImportSummary Summary(string fileName, ImportResult read, CityWriteResult written)
    {
        var summary = new ImportSummary
        {
            FileName = fileName,
            FeatureCount = read.FeatureCount,
            Read = EntityMessages.ToMessage(read.Entities.Counts),
            Created = written.Created,
            Updated = written.Updated,
            Unchanged = written.Unchanged,
            TilesUpdated = written.TilesUpdated,
            DatasetVersion = written.DatasetVersion,
        };
        summary.Rejections.AddRange(read.Rejections.Select(r => new Twin.Api.V1.ImportRejection
        {
            FeatureIndex = r.FeatureIndex,
            FeatureId = r.FeatureId ?? string.Empty,
            Reason = (Twin.Api.V1.RejectionReason)r.Reason,
            Message = r.Message,
        }));
        summary.Rejections.AddRange(written.Rejected.Select(r => new Twin.Api.V1.ImportRejection
        {
            FeatureIndex = -1,
            FeatureId = r.Key.Id,
            Reason = Twin.Api.V1.RejectionReason.InvalidAttribute,
            Message = string.Join("; ", r.Problems),
        }));
        summary.Warnings.AddRange(read.Warnings.Select(w => new Twin.Api.V1.ImportWarning
        {
            FeatureIndex = w.FeatureIndex,
            FeatureId = w.FeatureId ?? string.Empty,
            Message = w.Message,
        }));
        return summary;
    }
}
