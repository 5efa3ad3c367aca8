using System;
using System.Collections.Immutable;
using ErrorCodes.Generator.Emit;
using ErrorCodes.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ErrorCodes.Generator
{
    /// <summary>
    /// The references of a compilation, equal to another's when they are the same reference objects in the same order:
    /// what a keystroke leaves unchanged. It also holds the compilation it came from, weakly, so that the step after it
    /// can look types up when the references did change (the driver holds that compilation while it runs), without
    /// keeping an old compilation alive in the driver's tables afterwards.
    /// </summary>
    internal sealed class CompilationReferences : IEquatable<CompilationReferences>
    {
        private readonly ImmutableArray<MetadataReference> _references;
        private readonly WeakReference<Compilation> _compilation;

        private CompilationReferences(ImmutableArray<MetadataReference> references, Compilation compilation)
        {
            _references = references;
            _compilation = new WeakReference<Compilation>(compilation);
        }

        public static CompilationReferences Of(Compilation compilation) => new CompilationReferences(compilation.ExternalReferences, compilation);

        /// <summary>The compilation these references came from; null only if it is gone, which cannot happen while the driver runs it.</summary>
        public Compilation? Compilation => _compilation.TryGetTarget(out Compilation? compilation) ? compilation : null;

        public bool Equals(CompilationReferences? other)
        {
            if (other is null || other._references.Length != _references.Length)
            {
                return false;
            }

            for (int i = 0; i < _references.Length; i++)
            {
                if (!ReferenceEquals(_references[i], other._references[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as CompilationReferences);

        public override int GetHashCode() => _references.Length;
    }

    /// <summary>
    /// The settings that come from the references (and the language version), read when they change, with the
    /// catalogs' claims that the type-clash check needs on every keystroke. The lookups see the whole compilation, so a
    /// public <c>DefaultInterpolatedStringHandler</c> declared in the project's own source counts too; one added later
    /// is seen when the references or the catalogs change, or the project is opened again.
    /// </summary>
    internal sealed record ReferenceSettings(EmitSettings Settings, DomainClaims Claims)
    {
        private const string RuntimeTypeName = "ErrorCodes.ErrorCodeException";
        private const string JsonConverterTypeName = "System.Text.Json.Serialization.JsonConverter`1";
        private const string ProblemDetailsTypeName = "Microsoft.AspNetCore.Mvc.ProblemDetails";
        private const string InterpolatedStringHandlerTypeName = "System.Runtime.CompilerServices.DefaultInterpolatedStringHandler";

        private static readonly ReferenceSettings Unread = new ReferenceSettings(EmitSettings.Unread, DomainClaims.None);

        /// <summary>
        /// Reads the settings only when there is a catalog: the first type lookup binds every reference of the
        /// compilation, about a tenth of a second in a .NET 10 project, which a project without a catalog must not pay.
        /// </summary>
        public static ReferenceSettings Read(CompilationReferences references, ErrorCodesGenerator.SettingsInput input)
        {
            Compilation? compilation = references.Compilation;
            if (input.Claims == DomainClaims.None || compilation is null)
            {
                return Unread;
            }

            INamedTypeSymbol? jsonConverter = compilation.GetTypeByMetadataName(JsonConverterTypeName);
            var settings = new EmitSettings(
                NullableAnnotations: input.NullableAnnotations,
                HasRuntime: compilation.GetTypeByMetadataName(RuntimeTypeName) is not null,
                HasInterpolatedStringHandler: compilation.GetTypeByMetadataName(InterpolatedStringHandlerTypeName) is { DeclaredAccessibility: Accessibility.Public },
                HasSystemTextJson: jsonConverter is not null,
                HasJsonPropertyNames: jsonConverter is not null && !jsonConverter.GetMembers("ReadAsPropertyName").IsEmpty,
                HasProblemDetails: compilation.GetTypeByMetadataName(ProblemDetailsTypeName) is not null);
            return new ReferenceSettings(settings, input.Claims);
        }

        /// <summary>The settings with the project's own types that the catalogs' types would clash with, from this compilation.</summary>
        public EmitSettings WithClashes(Compilation compilation)
            => Claims == DomainClaims.None
                ? Settings
                : Settings with { Clashes = HandWrittenTypes.Find(compilation, Claims.Claims, Settings.HasSystemTextJson) };
    }
}
