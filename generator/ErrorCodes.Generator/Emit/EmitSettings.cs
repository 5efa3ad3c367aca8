using ErrorCodes.Generator.Model;

namespace ErrorCodes.Generator.Emit
{
    /// <summary>
    /// Facts about the consuming compilation that shape the code: whether nullable annotations may be written
    /// (C# 8 and later), whether the runtime library the generated exceptions derive from is referenced, whether
    /// the target framework has <c>DefaultInterpolatedStringHandler</c> (.NET 6 and later), which lets format
    /// helpers write value-type arguments into the message without boxing them or making a string of each, and which
    /// optional integrations its references allow: a System.Text.Json converter (with dictionary-key support from
    /// System.Text.Json 6 on), and ASP.NET Core's ProblemDetails; and the project's own types that a generated type
    /// would clash with (<see cref="TypeClashes"/>, usually none).
    /// Plain values, so that an edit of user code that does not change them leaves emission cached. A class, as is
    /// every value of the pipeline: the compiler's generator driver is compiled ahead of time for reference types
    /// only, and each value type it carries costs a fresh process hundreds of methods to compile first.
    /// </summary>
    internal sealed record EmitSettings(
        bool NullableAnnotations,
        bool HasRuntime,
        bool HasInterpolatedStringHandler = false,
        bool HasSystemTextJson = false,
        bool HasJsonPropertyNames = false,
        bool HasProblemDetails = false,
        TypeClashes? Clashes = null)
    {
        /// <summary>The project's own types that a catalog's types would clash with; none unless the settings were read.</summary>
        public TypeClashes TypeClashes => Clashes ?? TypeClashes.None;

        /// <summary>The settings of a project without a catalog, where nothing is emitted and the compilation is not read.</summary>
        public static EmitSettings Unread { get; } = new EmitSettings(NullableAnnotations: false, HasRuntime: false);
    }
}
