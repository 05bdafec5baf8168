namespace Jiaoling.Rotation.Notices.Models;

/// <summary>
/// Rotation compliance: eligible and rotated teachers, the ratio and backbone share against the policy,
/// principals due and moved, itinerant teachers, the direction shares, the unwilling teachers moved,
/// the teachers sent again who had rotated before, and the returns at the end of a term.
/// </summary>
public sealed record RotationSection(
    int Eligible,
    int Rotated,
    string Ratio,
    string RatioTarget,
    int RotatedNeeded,
    string RatioStatus,
    int BackboneRotated,
    string BackboneShare,
    string BackboneTarget,
    string BackboneStatus,
    int PrincipalsMoved,
    int PrincipalsDue,
    int ItinerantTeachers,
    string TowardShare,
    string SidewaysShare,
    int UnwillingMoved,
    int RotatedBefore,
    int Returns);
