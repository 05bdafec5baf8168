using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Model;

/// <summary>How many teachers of a pool transfer to a school to teach a subject (a 0/1 literal for an individual).</summary>
internal sealed record TransferOption(TeacherPool Pool, School To, Subject Subject, IntVar Count, double Km);
