using Twin.Models.City;

namespace Twin.Models.Import;

/// <summary>Reads a sensor's register entry from the "register" attributes of a feature.</summary>
internal static class RegisterReader
{
    /// <summary>The entry, or null with the names of the required fields that are missing.</summary>
    public static SensorRegisterEntry? Read(FeatureAttributes register, out IReadOnlyList<string> missing)
    {
        var owner = register.Text(AttributeNames.RegisterOwner);
        var purpose = register.Text(AttributeNames.RegisterPurpose);
        var quantities = register.TextList(AttributeNames.RegisterQuantities);
        var legalBasis = register.Text(AttributeNames.RegisterLegalBasis);
        var dpia = register.Text(AttributeNames.RegisterDpiaReference);
        var retention = register.Integer(AttributeNames.RegisterRetentionDays);
        var start = register.Date(AttributeNames.RegisterStartDate);
        var end = register.Date(AttributeNames.RegisterEndDate);
        var isPublic = register.Flag(AttributeNames.RegisterIsPublic) ?? true;
        var status = SensorFeatureMapper.ReadCode(register, AttributeNames.RegisterStatus, "register.status", AttributeCodes.ParseSensorStatus, AttributeCodes.SensorStatusList)
            ?? SensorStatus.Planned;

        missing = new[]
        {
            owner is null ? "register.owner" : null,
            purpose is null ? "register.purpose" : null,
            quantities is null ? "register.quantities" : null,
            legalBasis is null ? "register.legalBasis" : null,
            dpia is null ? "register.dpiaReference" : null,
            retention is null ? "register.retentionDays" : null,
            start is null ? "register.startDate" : null,
        }.OfType<string>().ToList();
        if (owner is null || purpose is null || quantities is not { } list || legalBasis is null || dpia is null || retention is not { } days || start is not { } startDate)
        {
            return null;
        }

        return new SensorRegisterEntry(owner, purpose, list, legalBasis, dpia, days, startDate, end, isPublic, status);
    }
}
