using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// Another teacher who could take a plan row, and the plan's objective values if they did: unmet
/// shortage-subject FTE (level shortage), the summed CV of the teacher indicators (level balance), km of the
/// move (level disruption), and how many rules the changed plan would break.
/// </summary>
public sealed record Alternative(Teacher Teacher, int Violations, string? FirstViolation, decimal ShortageFte, double CvSum, double Km);
