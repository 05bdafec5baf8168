namespace Jiaoling.Rotation.Notices.Models;

/// <summary>
/// Rotation compliance: eligible and rotated teachers, the ratio and backbone share against the policy,
/// principals due and moved, itinerant teachers, the direction shares and the unwilling teachers moved.
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
    int UnwillingMoved);
