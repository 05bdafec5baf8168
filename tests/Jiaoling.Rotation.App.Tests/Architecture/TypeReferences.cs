using System.Reflection;
using System.Reflection.Emit;

namespace Jiaoling.Rotation.App.Tests.Architecture;

/// <summary>
/// Every type a compiled type uses: its base type and interfaces, the types of its fields, properties and
/// method signatures, and every type, field or method its method bodies name (read from the IL, so a
/// fully qualified name or a type used only inside a lambda counts as much as a <c>using</c> line).
/// </summary>
internal static class TypeReferences
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Static
        | BindingFlags.Public | BindingFlags.NonPublic;

    private static readonly OpCode?[] OneByte = new OpCode?[256];
    private static readonly OpCode?[] TwoByte = new OpCode?[256];

    static TypeReferences()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var code = (OpCode)field.GetValue(null)!;
            (code.Size == 1 ? OneByte : TwoByte)[code.Value & 0xFF] = code;
        }
    }

    public static IReadOnlySet<Type> Of(Type type)
    {
        var found = new HashSet<Type>();
        Add(found, type.BaseType);
        foreach (var i in type.GetInterfaces())
        {
            Add(found, i);
        }
        foreach (var field in type.GetFields(Declared))
        {
            Add(found, field.FieldType);
        }
        foreach (var property in type.GetProperties(Declared))
        {
            Add(found, property.PropertyType);
        }
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
            {
                Add(found, info.ReturnType);
            }
            foreach (var parameter in method.GetParameters())
            {
                Add(found, parameter.ParameterType);
            }
            foreach (var member in BodyMembers(method))
            {
                AddMember(found, member);
            }
        }
        return found;
    }

    private static void AddMember(HashSet<Type> found, MemberInfo member)
    {
        switch (member)
        {
            case Type t:
                Add(found, t);
                break;
            case FieldInfo f:
                Add(found, f.DeclaringType);
                Add(found, f.FieldType);
                break;
            case MethodBase m:
                Add(found, m.DeclaringType);
                if (m.IsGenericMethod)
                {
                    foreach (var argument in m.GetGenericArguments())
                    {
                        Add(found, argument);
                    }
                }
                break;
        }
    }

    /// <summary>Adds a type and what it is made of: element types and generic arguments.</summary>
    private static void Add(HashSet<Type> found, Type? type)
    {
        if (type is null || type.IsGenericParameter || !found.Add(type))
        {
            return;
        }
        if (type.HasElementType)
        {
            Add(found, type.GetElementType());
        }
        if (type.IsGenericType)
        {
            Add(found, type.GetGenericTypeDefinition());
            foreach (var argument in type.GetGenericArguments())
            {
                Add(found, argument);
            }
        }
    }

    /// <summary>The fields, methods and types a method body's instructions name.</summary>
    private static IEnumerable<MemberInfo> BodyMembers(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            return [];
        }
        var typeArguments = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArguments = method is { IsGenericMethod: true } ? method.GetGenericArguments() : null;
        var members = new List<MemberInfo>();
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xFE ? TwoByte[il[at + 1]] : OneByte[il[at]];
            at += code!.Value.Size;
            switch (code.Value.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    members.Add(method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments)!);
                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                default:
                    at += OperandSize(code.Value.OperandType);
                    break;
            }
        }
        return members;
    }

    private static int OperandSize(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };
}
