using Twin.Models.Air;

namespace Twin.Models.Tests.Air;

public sealed class EmissionFactorTableTests
{
    [Fact]
    public void Default_IsCompleteAndValid()
    {
        var table = EmissionFactorTable.Default;

        Assert.Empty(table.Validate());
        Assert.Equal(2004, table.Year);
        Assert.Equal(16, table.Factors.Length);
    }

    [Fact]
    public void Default_OrdersSpeedTypesAsSrm1Does()
    {
        var table = EmissionFactorTable.Default;
        foreach (var category in Enum.GetValues<VehicleCategory>())
        {
            Assert.True(table.Factor(category, SpeedType.Stagnant).NOx > table.Factor(category, SpeedType.NormalUrban).NOx);
            Assert.True(table.Factor(category, SpeedType.NormalUrban).NOx > table.Factor(category, SpeedType.FlowingUrban).NOx);
            Assert.True(table.Factor(category, SpeedType.NormalUrban).PM25 < table.Factor(category, SpeedType.NormalUrban).PM10);
        }
    }

    [Fact]
    public void Effective_BlendsWithStagnant()
    {
        var table = EmissionFactorTable.Default;
        var normal = table.Factor(VehicleCategory.Heavy, SpeedType.NormalUrban);
        var stagnant = table.Factor(VehicleCategory.Heavy, SpeedType.Stagnant);

        var blended = table.Effective(VehicleCategory.Heavy, SpeedType.NormalUrban, 0.25);

        Assert.Equal((0.75 * normal.NOx) + (0.25 * stagnant.NOx), blended.NOx, 1e-12);
        Assert.Equal((0.75 * normal.PM10) + (0.25 * stagnant.PM10), blended.PM10, 1e-12);
    }

    [Fact]
    public void Parse_ToCsvOfDefault_ReadsTheSameFactors()
    {
        var reading = EmissionFactorTableReader.Parse(EmissionFactorTable.Default.ToCsv(), "copy", "test");

        Assert.True(reading.Succeeded, string.Join("; ", reading.Problems));
        Assert.Equal(EmissionFactorTable.Default.Factors, reading.Table!.Factors);
        Assert.Equal(2004, reading.Table.Year);
    }

    [Fact]
    public void Parse_BadNumber_NamesLineAndField()
    {
        var csv = EmissionFactorTable.Default.ToCsv().Replace("2004,heavy,rural,", "2004,heavy,rural,abc", StringComparison.Ordinal);
        var line = csv.ReplaceLineEndings("\n").Split('\n').ToList().FindIndex(l => l.Contains("abc", StringComparison.Ordinal)) + 1;

        var reading = EmissionFactorTableReader.Parse(csv, "bad", "test");

        Assert.False(reading.Succeeded);
        var problem = Assert.Single(reading.Problems);
        Assert.Equal($"line {line}, field nox_g_per_km", problem.Subject);
    }

    [Fact]
    public void Parse_UnknownCategoryAndSpeedType_NamedWithTheirFields()
    {
        var csv = EmissionFactorTable.CsvHeader + "\n2020,tram,normal-urban,1,0.1,0.05\n2020,light,crawling,1,0.1,0.05\n";

        var reading = EmissionFactorTableReader.Parse(csv, "bad", "test");

        Assert.Contains(reading.Problems, p => p.Subject == "line 2, field category" && p.Message.Contains("tram", StringComparison.Ordinal));
        Assert.Contains(reading.Problems, p => p.Subject == "line 3, field speed_type" && p.Message.Contains("crawling", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_MixedYears_Refused()
    {
        var csv = EmissionFactorTable.CsvHeader + "\n2020,light,normal-urban,1,0.1,0.05\n2021,light,rural,1,0.1,0.05\n";

        var reading = EmissionFactorTableReader.Parse(csv, "bad", "test");

        Assert.Contains(reading.Problems, p => p.Subject == "line 3, field year");
    }

    [Fact]
    public void Parse_MissingCombination_NamesIt()
    {
        var csv = string.Join('\n', EmissionFactorTable.Default.ToCsv().ReplaceLineEndings("\n").Split('\n').Where(l => !l.StartsWith("2004,bus,stagnant", StringComparison.Ordinal)));

        var reading = EmissionFactorTableReader.Parse(csv, "short", "test");

        Assert.Null(reading.Table);
        Assert.Contains(reading.Problems, p => p.Message == "no row for bus / stagnant");
    }

    [Fact]
    public void Parse_WrongHeader_SaysWhatItExpected()
    {
        var reading = EmissionFactorTableReader.Parse("category,nox\nlight,1\n", "bad", "test");

        var problem = Assert.Single(reading.Problems);
        Assert.Equal("line 1", problem.Subject);
        Assert.Contains(EmissionFactorTable.CsvHeader, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Pm25AbovePm10_Refused()
    {
        var lines = EmissionFactorTable.Default.ToCsv().ReplaceLineEndings("\n").Split('\n');
        var row = Array.FindIndex(lines, l => l.StartsWith("2004,light,rural,", StringComparison.Ordinal));
        lines[row] = lines[row][..(lines[row].LastIndexOf(',') + 1)] + "0.9";
        var csv = string.Join('\n', lines);

        var reading = EmissionFactorTableReader.Parse(csv, "bad", "test");

        Assert.Contains(reading.Problems, p => p.Message.Contains("exceeds PM10", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MissingFile_Problem()
    {
        var reading = EmissionFactorTableReader.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".csv"));

        Assert.False(reading.Succeeded);
    }
}
