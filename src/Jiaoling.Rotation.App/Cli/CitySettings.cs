namespace Jiaoling.Rotation.App.Cli;

/// <summary>The city of <c>bench --city N</c>: how many generated counties, teachers in each, and worker processes.</summary>
internal sealed record CitySettings(int Counties, int Teachers, int Processes);
