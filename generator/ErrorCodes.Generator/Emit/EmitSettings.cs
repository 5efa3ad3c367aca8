namespace ErrorCodes.Generator.Emit
{
    /// <summary>
    /// Facts about the consuming compilation that shape the code: whether nullable annotations may be written
    /// (C# 8 and later), and whether the runtime library the generated exceptions derive from is referenced.
    /// </summary>
    internal readonly record struct EmitSettings(bool NullableAnnotations, bool HasRuntime);
}
