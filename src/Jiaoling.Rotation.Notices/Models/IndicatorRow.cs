namespace Jiaoling.Rotation.Notices.Models;

/// <summary>One indicator of one stage: county value and CV before and after, the CV standard, and whether it is met.</summary>
public sealed record IndicatorRow(
    string Stage,
    string Name,
    string CountyBefore,
    string CountyAfter,
    string CvBefore,
    string CvAfter,
    string CvLimit,
    string StatusBefore,
    string StatusAfter,
    string Trend);
