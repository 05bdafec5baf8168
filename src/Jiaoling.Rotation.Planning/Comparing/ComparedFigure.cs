namespace Jiaoling.Rotation.Planning.Comparing;

/// <summary>One figure of two plans side by side: what it is, each plan's value as printed, and which plan is better by it ("a", "b" or "").</summary>
public sealed record ComparedFigure(string Label, string A, string B, string Better);
