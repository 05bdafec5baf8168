using System.Text.Encodings.Web;
using System.Text.Json;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Data.Output;

/// <summary>
/// What metrics.json and diagnosis.json share: the writer settings (indented, UTF-8, Chinese left
/// readable), the contract's key names, and the <c>indicators</c> object.
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one JSON document to a string, ending with a line break.</summary>
    public static string Document(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>The contract's key of an indicator.</summary>
    public static string Key(Indicator indicator) => indicator switch
    {
        Indicator.QualifiedPer100 => "qualified_per_100",
        Indicator.BackbonePer100 => "backbone_per_100",
        Indicator.PeArtPer100 => "pe_art_per_100",
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, null),
    };

    /// <summary>
    /// Writes <c>"indicators": {stage: {indicator: {"before": {county, cv}, "after": …}}}</c> with one
    /// inner object per named measurement.
    /// </summary>
    public static void Indicators(Utf8JsonWriter w, params (string Name, CountyMetrics Metrics)[] measured)
    {
        w.WriteStartObject("indicators");
        foreach (var stage in CountyMetrics.Stages)
        {
            w.WriteStartObject(Codes.Stage.Code(stage));
            foreach (var indicator in StageIndicators.All)
            {
                w.WriteStartObject(Key(indicator));
                foreach (var (name, metrics) in measured)
                {
                    var value = metrics.Indicators[stage][indicator];
                    w.WriteStartObject(name);
                    w.WriteNumber("county", value.County);
                    Number(w, "cv", value.Cv);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    /// <summary>
    /// Writes <c>"standards": {stage: {indicator: {minimum, schools, meeting_before, shortfall_before, …},
    /// "all_three": {"before": …}}}</c>, with the <c>_after</c> keys and <c>all_three.after</c> when a plan
    /// was measured.
    /// </summary>
    public static void Standards(Utf8JsonWriter w, CountyMetrics before, CountyMetrics? after = null)
    {
        w.WriteStartObject("standards");
        foreach (var stage in CountyMetrics.Stages)
        {
            w.WriteStartObject(Codes.Stage.Code(stage));
            foreach (var indicator in StageIndicators.All)
            {
                var was = before.Standards[stage][indicator];
                w.WriteStartObject(Key(indicator));
                w.WriteNumber("minimum", was.Minimum);
                w.WriteNumber("schools", was.Schools);
                w.WriteNumber("meeting_before", was.Meeting);
                if (after is not null)
                {
                    w.WriteNumber("meeting_after", after.Standards[stage][indicator].Meeting);
                }
                w.WriteNumber("shortfall_before", was.Shortfall);
                if (after is not null)
                {
                    w.WriteNumber("shortfall_after", after.Standards[stage][indicator].Shortfall);
                }
                w.WriteEndObject();
            }
            w.WriteStartObject("all_three");
            w.WriteNumber("before", before.Standards[stage].AllThree);
            if (after is not null)
            {
                w.WriteNumber("after", after.Standards[stage].AllThree);
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    /// <summary>Writes a number, or null when there is none.</summary>
    public static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
