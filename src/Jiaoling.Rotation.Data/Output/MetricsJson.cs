using System.Text.Json;
using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Data.Output;

/// <summary>
/// metrics.json of a planning run, key for key as the data contract lists it: the solver section,
/// rotation counts of the plan (with the project's directions and unwilling count), shortage FTE before and
/// after, the per-school standards and every indicator before and after.
/// Numbers are unrounded; ratios the contract leaves undefined are null.
/// </summary>
public static class MetricsJson
{
    public static void Write(string path, SolverSummary solver, CountyMetrics before, CountyMetrics after) =>
        File.WriteAllText(path, ToJson(solver, before, after));

    public static string ToJson(SolverSummary solver, CountyMetrics before, CountyMetrics after) => JsonOutput.Document(w =>
    {
        w.WriteStartObject();
        Solver(w, solver);
        Rotation(w, after.Rotation);
        w.WriteStartObject("shortage_fte");
        w.WriteNumber("before", before.ShortageFte);
        w.WriteNumber("after", after.ShortageFte);
        w.WriteEndObject();
        JsonOutput.Standards(w, before, after);
        JsonOutput.Indicators(w, ("before", before), ("after", after));
        w.WriteEndObject();
    });

    private static void Solver(Utf8JsonWriter w, SolverSummary solver)
    {
        w.WriteStartObject("solver");
        w.WriteString("status", solver.Status);
        w.WriteNumber("seconds", solver.Seconds);
        w.WriteNumber("gap", solver.Gap);
        w.WriteStartArray("levels");
        foreach (var level in solver.Levels)
        {
            w.WriteStartObject();
            w.WriteString("name", level.Name);
            w.WriteString("status", level.Status);
            w.WriteNumber("objective", level.Objective);
            w.WriteNumber("bound", level.Bound);
            w.WriteNumber("gap", level.Gap);
            w.WriteNumber("seconds", level.Seconds);
            w.WriteString("summary", ObjectiveLabels.Words(level));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// <c>"directions": {"urban": {"urban": n, "town": n, "rural": n, "weak": n}, …}</c>: the counted
    /// transfers by sending → receiving place (weak schools apart), every pair present, and the shares
    /// toward rural or weak schools and sideways (null without transfers).
    /// </summary>
    private static void Directions(Utf8JsonWriter w, Directions d)
    {
        w.WriteStartObject("directions");
        foreach (var from in Domain.Metrics.Directions.Places)
        {
            w.WriteStartObject(PlaceKey(from));
            foreach (var to in Domain.Metrics.Directions.Places)
            {
                w.WriteNumber(PlaceKey(to), d[from, to]);
            }
            w.WriteEndObject();
        }
        w.WriteEndObject();
        JsonOutput.Number(w, "toward_rural_weak_share", d.TowardShare);
        JsonOutput.Number(w, "sideways_share", d.SidewaysShare);
    }

    private static string PlaceKey(Place place) => place.ToString().ToLowerInvariant();

    private static void Rotation(Utf8JsonWriter w, RotationMetrics r)
    {
        w.WriteStartObject("rotation");
        w.WriteNumber("eligible", r.Eligible);
        w.WriteNumber("rotated", r.Rotated);
        JsonOutput.Number(w, "ratio", r.Ratio);
        w.WriteNumber("backbone_rotated", r.BackboneRotated);
        JsonOutput.Number(w, "backbone_share", r.BackboneShare);
        w.WriteNumber("principals_moved", r.PrincipalsMoved);
        w.WriteNumber("principals_due", r.PrincipalsDue);
        w.WriteNumber("itinerant_teachers", r.ItinerantTeachers);
        w.WriteNumber("unwilling_moved", r.UnwillingMoved);
        w.WriteNumber("returns", r.Returns);
        w.WriteNumber("rotated_before", r.RotatedBefore);
        Directions(w, r.Directions);
        w.WriteEndObject();
    }
}
