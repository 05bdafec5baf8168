using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Generator;

/// <summary>One teaching post to fill: a teacher of a subject in a stage at a school.</summary>
internal sealed record Slot(School School, Stage Stage, Subject Subject);
