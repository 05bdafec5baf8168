using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Model;

/// <summary>
/// One teacher of a pool (the pool's <paramref name="Slot"/>-th itinerant) teaching a subject at a
/// receiving school: whether the row exists and its share in tenths of a post.
/// </summary>
internal sealed record ItinerantOption(TeacherPool Pool, int Slot, School To, Subject Subject, BoolVar Used, IntVar Tenths, double Km);
