using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Notices.Svg;

/// <summary>The people of one kind of row moving from one place to another (a town or a school).</summary>
internal sealed record FlowLink(string From, string To, AssignmentKind Kind, int People);
