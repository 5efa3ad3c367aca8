using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using ErrorCodes.Generator.Model;

namespace ErrorCodes.Tests.Infrastructure;

/// <summary>
/// The generated API of one domain in a loaded assembly, called through reflection so that tests can run it for any
/// catalog: enum values come from <see cref="Enum.ToObject(Type, int)"/> and every call goes to the generated method.
/// Exceptions thrown by generated code reach the test unwrapped.
/// </summary>
public sealed class GeneratedDomain
{
    private GeneratedDomain(Type enumType, Type codesType, Type exceptionType)
    {
        EnumType = enumType;
        CodesType = codesType;
        ExceptionType = exceptionType;
    }

    /// <summary>The generated <c>&lt;Domain&gt;ErrorCode</c> enum.</summary>
    public Type EnumType { get; }

    /// <summary>The generated <c>&lt;Domain&gt;ErrorCodes</c> static class.</summary>
    public Type CodesType { get; }

    /// <summary>The generated <c>&lt;Domain&gt;Exception</c> class.</summary>
    public Type ExceptionType { get; }

    public static GeneratedDomain Find(Assembly assembly, string @namespace, string domain)
    {
        string prefix = @namespace.Length == 0 ? domain : @namespace + "." + domain;
        return new GeneratedDomain(
            Required(assembly, prefix + GeneratedNames.EnumSuffix),
            Required(assembly, prefix + GeneratedNames.LookupClassSuffix),
            Required(assembly, prefix + GeneratedNames.ExceptionSuffix));
    }

    /// <summary>The value of the enum for <paramref name="code"/>, whether or not the enum defines it.</summary>
    public object Value(int code) => Enum.ToObject(EnumType, code);

    /// <summary>The value of the enum member named <paramref name="memberName"/>; fails when there is no such member.</summary>
    public object Member(string memberName)
    {
        FieldInfo? field = EnumType.GetField(memberName, BindingFlags.Public | BindingFlags.Static);
        if (field is null)
        {
            throw new InvalidOperationException(EnumType.Name + " has no member " + memberName + "; it has: " + string.Join(", ", Enum.GetNames(EnumType)));
        }

        return field.GetValue(null)!;
    }

    /// <summary>The names of the enum's members in declaration order.</summary>
    public IReadOnlyList<string> MemberNames => EnumType.GetFields(BindingFlags.Public | BindingFlags.Static)
        .OrderBy(f => f.MetadataToken)
        .Select(f => f.Name)
        .ToList();

    public string DomainConstant => (string)CodesType.GetField("Domain")!.GetRawConstantValue()!;

    public IReadOnlyList<object> All => ((IEnumerable)CodesType.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();

    public bool IsDefined(int code) => (bool)Call("IsDefined", new[] { typeof(int) }, code)!;

    public bool IsDefined(object value) => (bool)Call("IsDefined", new[] { EnumType }, value)!;

    public bool TryFromCode(int code, out object value)
    {
        object?[] arguments = { code, null };
        MethodInfo method = Method("TryFromCode", typeof(int), EnumType.MakeByRefType());
        bool found = (bool)method.Invoke(null, BindingFlags.DoNotWrapExceptions, null, arguments, CultureInfo.InvariantCulture)!;
        value = arguments[1]!;
        return found;
    }

    /// <summary>A string-coded catalog's <c>IsDefined(string?)</c>.</summary>
    public bool IsDefinedCode(string? code) => (bool)Call("IsDefined", new[] { typeof(string) }, code)!;

    /// <summary>A string-coded catalog's <c>TryFromCode(string?, out E)</c>.</summary>
    public bool TryFromCode(string? code, out object value)
    {
        object?[] arguments = { code, null };
        MethodInfo method = Method("TryFromCode", typeof(string), EnumType.MakeByRefType());
        bool found = (bool)method.Invoke(null, BindingFlags.DoNotWrapExceptions, null, arguments, CultureInfo.InvariantCulture)!;
        value = arguments[1]!;
        return found;
    }

    /// <summary>A string-coded catalog's <c>GetCode</c>.</summary>
    public string GetCode(object value) => (string)Call("GetCode", new[] { EnumType }, value)!;

    /// <summary>Calls a string-coded exception's <c>FromCode(string, string?)</c>.</summary>
    public ErrorCodeException FromCode(string code, string? serverMessage)
        => (ErrorCodeException)ExceptionType.GetMethod("FromCode", new[] { typeof(string), typeof(string) })!
            .Invoke(null, BindingFlags.DoNotWrapExceptions, null, new object?[] { code, serverMessage }, CultureInfo.InvariantCulture)!;

    public string GetName(object value) => (string)Call("GetName", new[] { EnumType }, value)!;

    public string GetMemberName(object value) => (string)Call("GetMemberName", new[] { EnumType }, value)!;

    public string GetMessage(object value) => (string)Call("GetMessage", new[] { EnumType }, value)!;

    public string GetMessage(object value, CultureInfo? culture) => (string)Call("GetMessage", new[] { EnumType, typeof(CultureInfo) }, value, culture)!;

    public string? GetDescription(object value) => (string?)Call("GetDescription", new[] { EnumType }, value);

    public string? GetDescription(object value, CultureInfo? culture) => (string?)Call("GetDescription", new[] { EnumType, typeof(CultureInfo) }, value, culture);

    public string? GetCategory(object value) => (string?)Call("GetCategory", new[] { EnumType }, value);

    public int? GetHttpStatus(object value) => (int?)Call("GetHttpStatus", new[] { EnumType }, value);

    public bool IsRetryable(object value) => (bool)Call("IsRetryable", new[] { EnumType }, value)!;

    public ErrorSeverity? GetSeverity(object value) => (ErrorSeverity?)Call("GetSeverity", new[] { EnumType }, value);

    public string? GetHelpUrl(object value) => (string?)Call("GetHelpUrl", new[] { EnumType }, value);

    /// <summary>Calls the exception's <c>FromCode(int, string?)</c>.</summary>
    public ErrorCodeException FromCode(int code, string? serverMessage)
        => (ErrorCodeException)ExceptionType.GetMethod("FromCode", new[] { typeof(int), typeof(string) })!
            .Invoke(null, BindingFlags.DoNotWrapExceptions, null, new object?[] { code, serverMessage }, CultureInfo.InvariantCulture)!;

    /// <summary>The format helper <c>Format&lt;Member&gt;</c> without a culture parameter, as declared (still generic).</summary>
    public MethodInfo FormatMethod(string memberName) => FormatMethods(memberName).Single(m => !HasCultureParameter(m));

    /// <summary>The format helper <c>Format&lt;Member&gt;(CultureInfo?, ...)</c>, as declared (still generic).</summary>
    public MethodInfo CultureFormatMethod(string memberName) => FormatMethods(memberName).Single(HasCultureParameter);

    /// <summary>Every public method named <c>Format&lt;Member&gt;</c>.</summary>
    public IReadOnlyList<MethodInfo> FormatMethods(string memberName)
        => CodesType.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == GeneratedNames.FormatHelper(memberName)).ToList();

    /// <summary>Calls <c>Format&lt;Member&gt;</c>; each type argument is the runtime type of its argument (<see cref="string"/> for null).</summary>
    public string Format(string memberName, params object?[] arguments)
        => (string)Invoke(FormatMethod(memberName), arguments)!;

    /// <summary>Calls <c>Format&lt;Member&gt;(culture, ...)</c>.</summary>
    public string FormatFor(string memberName, CultureInfo? culture, params object?[] arguments)
        => (string)Invoke(CultureFormatMethod(memberName), new object?[] { culture }.Concat(arguments).ToArray())!;

    /// <summary>
    /// What a user writes for a row's exception with its message filled:
    /// <c>&lt;Domain&gt;Exception.Create(&lt;Domain&gt;ErrorCode.&lt;Member&gt;, &lt;Domain&gt;ErrorCodes.Format&lt;Member&gt;(...))</c>.
    /// </summary>
    public ErrorCodeException Create(string memberName, params object?[] arguments)
    {
        MethodInfo create = ExceptionType.GetMethod(GeneratedNames.CreateMethod, new[] { EnumType, typeof(string), typeof(Exception) })
            ?? throw new InvalidOperationException(ExceptionType.Name + " has no " + GeneratedNames.CreateMethod + "(code, message, innerException)");
        return (ErrorCodeException)create.Invoke(null, BindingFlags.DoNotWrapExceptions, null, new[] { Member(memberName), Format(memberName, arguments), null }, CultureInfo.InvariantCulture)!;
    }

    /// <summary>Creates the exception with the constructor whose parameter types match, in order.</summary>
    public ErrorCodeException NewException(Type[] parameterTypes, params object?[] arguments)
    {
        ConstructorInfo constructor = ExceptionType.GetConstructor(parameterTypes)
            ?? throw new InvalidOperationException(ExceptionType.Name + " has no constructor (" + string.Join(", ", parameterTypes.Select(t => t.Name)) + ")");
        return (ErrorCodeException)constructor.Invoke(BindingFlags.DoNotWrapExceptions, null, arguments, CultureInfo.InvariantCulture);
    }

    /// <summary>Reads a public instance property of a generated exception, such as <c>ErrorCode</c>.</summary>
    public object? Property(ErrorCodeException exception, string name) => ExceptionType.GetProperty(name)!.GetValue(exception);

    private static bool HasCultureParameter(MethodInfo method)
    {
        ParameterInfo[] parameters = method.GetParameters();
        return parameters.Length > 0 && parameters[0].ParameterType == typeof(CultureInfo);
    }

    private static object? Invoke(MethodInfo genericMethod, object?[] callArguments)
    {
        // Each type parameter takes the runtime type of the argument of the first parameter declared with it
        // (string for null); parameters of a fixed type (long, double, char, int) take no type argument.
        ParameterInfo[] parameters = genericMethod.GetParameters();
        Type[] typeArguments = genericMethod.IsGenericMethodDefinition
            ? genericMethod.GetGenericArguments().Select(typeParameter =>
            {
                int index = Array.FindIndex(parameters, p => p.ParameterType == typeParameter);
                return callArguments[index]?.GetType() ?? typeof(string);
            }).ToArray()
            : Type.EmptyTypes;
        MethodInfo method = genericMethod.IsGenericMethodDefinition ? genericMethod.MakeGenericMethod(typeArguments) : genericMethod;
        return method.Invoke(null, BindingFlags.DoNotWrapExceptions, null, callArguments, CultureInfo.InvariantCulture);
    }

    private object? Call(string name, Type[] parameterTypes, params object?[] arguments)
        => Method(name, parameterTypes).Invoke(null, BindingFlags.DoNotWrapExceptions, null, arguments, CultureInfo.InvariantCulture);

    private MethodInfo Method(string name, params Type[] parameterTypes)
        => CodesType.GetMethod(name, BindingFlags.Public | BindingFlags.Static, parameterTypes)
           ?? throw new InvalidOperationException(CodesType.Name + " has no method " + name + "(" + string.Join(", ", parameterTypes.Select(t => t.Name)) + ")");

    private static Type Required(Assembly assembly, string fullName)
        => assembly.GetType(fullName) ?? throw new InvalidOperationException("The generated assembly has no type " + fullName + "; it has: "
            + string.Join(", ", assembly.GetTypes().Select(t => t.FullName)));
}
