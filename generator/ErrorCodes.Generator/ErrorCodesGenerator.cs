using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using ErrorCodes.Generator.Diagnostics;
using ErrorCodes.Generator.Emit;
using ErrorCodes.Generator.Model;
using ErrorCodes.Generator.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodes.Generator
{
    /// <summary>
    /// Turns every <c>.csv</c> file given as <c>AdditionalFiles</c> into a typed error-code domain. This class only
    /// wires the pipeline: reading lives in <see cref="CsvTableReader"/>, the model in <see cref="CatalogBuilder"/>,
    /// emission in <see cref="DomainEmitter"/>.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class ErrorCodesGenerator : IIncrementalGenerator
    {
        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValueProvider<ImmutableArray<AdditionalText>> allCatalogFiles = context.AdditionalTextsProvider
                .Where(static file => file.Path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                .Collect();

            // A file listed twice (a wildcard item and an item with metadata, say) is read once: its second copy would
            // add the same source again, which fails the whole generator.
            IncrementalValuesProvider<AdditionalText> catalogFiles = allCatalogFiles
                .SelectMany(static (files, _) => FirstOfEachPath(files))
                .WithTrackingName(TrackingNames.CatalogFiles);

            IncrementalValueProvider<RepeatedFiles> repeatedFiles = allCatalogFiles
                .Select(static (files, _) => files.IsEmpty ? RepeatedFiles.None : new RepeatedFiles(RepeatedPaths(files)))
                .WithTrackingName(TrackingNames.RepeatedFiles);

            IncrementalValuesProvider<CatalogResult> catalogs = catalogFiles
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, cancellationToken) => ReadCatalog(pair.Left, pair.Right, cancellationToken))
                .WithTrackingName(TrackingNames.Catalogs);

            IncrementalValuesProvider<DomainModel> domains = catalogs
                .Where(static catalog => catalog.Domain is not null)
                .Select(static (catalog, _) => catalog.Domain!)
                .WithTrackingName(TrackingNames.Domains);

            IncrementalValueProvider<ImmutableArray<DomainClaim>> claims = domains
                .Select(static (domain, _) => new DomainClaim(domain.QualifiedName, domain.FilePath, domain.Namespace, domain.CategoryTypes, domain.GeneratesExceptions, domain.GeneratesJsonConverter))
                .Collect();

            IncrementalValueProvider<DomainConflicts> conflicts = claims
                .Select(static (claims, _) => DomainConflicts.From(claims))
                .WithTrackingName(TrackingNames.DomainConflicts);

            // The compiler's driver runs a combined step even when the other side has no item, so the settings are
            // read only when there is a catalog: their type lookups bind every reference of the compilation first,
            // about a tenth of a second in a .NET 10 project and most of what a project without a catalog would pay.
            // The claims go in too: the same step looks for the project's own types of the generated names.
            IncrementalValueProvider<SettingsInput> settingsInput = claims
                .Select(static (claims, _) => DomainClaims.From(claims))
                .Combine(context.ParseOptionsProvider)
                .Select(static (pair, _) => SettingsInput.For(pair.Left, pair.Right));

            // The IDE gives the driver a new compilation on every keystroke, and the first type lookups in a new
            // compilation cost about a millisecond. The settings come from the references, so they are read again only
            // when the references change; the one step that runs on every keystroke is the type-clash check, which
            // looks a name up only when a project type has it.
            IncrementalValueProvider<CompilationReferences> references = context.CompilationProvider
                .Select(static (compilation, _) => CompilationReferences.Of(compilation));

            // Every Combine joins two classes, never a pair with a third: the driver's code for each shape of value is
            // compiled on its first use, and a nested pair is a shape no other generator of a build shares.
            IncrementalValueProvider<ReferenceSettings> referenceSettings = settingsInput
                .Combine(references)
                .Select(static (pair, _) => ReferenceSettings.Read(pair.Right, pair.Left))
                .WithTrackingName(TrackingNames.ReferenceSettings);

            IncrementalValueProvider<EmitSettings> settings = referenceSettings
                .Combine(context.CompilationProvider)
                .Select(static (pair, _) => pair.Left.WithClashes(pair.Right))
                .WithTrackingName(TrackingNames.EmitSettings);

            context.RegisterSourceOutput(catalogs, static (output, catalog) => Report(output, catalog.Diagnostics));
            context.RegisterSourceOutput(conflicts, static (output, found) => ReportConflicts(output, found));
            context.RegisterSourceOutput(repeatedFiles, static (output, repeated) => ReportRepeated(output, repeated));

            IncrementalValueProvider<EmitContext> emitContext = conflicts
                .Combine(settings)
                .Select(static (pair, _) => new EmitContext(pair.Left, pair.Right));

            IncrementalValuesProvider<EmitRequest> toEmit = domains
                .Combine(emitContext)
                .Select(static (pair, _) => new EmitRequest(pair.Right.Conflicts.WithoutLostCategories(pair.Left), !pair.Right.Conflicts.Loses(pair.Left.FilePath), pair.Right.Settings))
                .WithTrackingName(TrackingNames.DomainsToEmit);

            // The cached value per domain stays the DomainModel (with its settings): its equality is what decides whether
            // a domain is emitted again. The emit-ready DomainSpec is made inside the output step, from a value that
            // has just changed, so it is never compared and costs nothing when the domain is cached.
            context.RegisterSourceOutput(toEmit, static (output, item) => Emit(output, item));
        }

        private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> diagnostics)
        {
            foreach (DiagnosticInfo diagnostic in diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        }

        private static void ReportConflicts(SourceProductionContext output, DomainConflicts found)
        {
            if (found == DomainConflicts.None)
            {
                // Without a catalog there is nothing to say; returning first spares a project without one the JIT
                // compilation of the loops below.
                return;
            }

            foreach (DomainConflict conflict in found.Conflicts)
            {
                output.ReportDiagnostic(DiagnosticInfo.Create(
                    DiagnosticDescriptors.DuplicateDomain,
                    SourceSpan.FileStart(conflict.FilePath),
                    conflict.QualifiedName,
                    conflict.ClaimedBy).ToDiagnostic());
            }

            foreach (CategoryConflict conflict in found.CategoryConflicts)
            {
                output.ReportDiagnostic(DiagnosticInfo.Create(
                    DiagnosticDescriptors.CategoryTypeTaken,
                    conflict.Category.Span,
                    conflict.Category.Category,
                    conflict.QualifiedTypeName,
                    conflict.ClaimedBy == DomainConflicts.Library ? conflict.ClaimedBy : "'" + conflict.ClaimedBy + "'").ToDiagnostic());
            }
        }

        private static void ReportRepeated(SourceProductionContext output, RepeatedFiles repeated)
        {
            if (repeated == RepeatedFiles.None)
            {
                return;
            }

            foreach (string path in repeated.Paths)
            {
                output.ReportDiagnostic(DiagnosticInfo.Create(
                    DiagnosticDescriptors.FileListedTwice,
                    SourceSpan.FileStart(path),
                    Path.GetFileName(path)).ToDiagnostic());
            }
        }

        private static void Emit(SourceProductionContext output, EmitRequest item)
        {
            if (!item.Emit)
            {
                return;
            }

            if (!item.Settings.HasRuntime)
            {
                output.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.RuntimeMissing,
                    SourceSpan.FileStart(item.Domain.FilePath).ToLocation()));
                return;
            }

            DomainModel domain = item.Domain;
            List<TypeClash> clashes = item.Settings.TypeClashes.Of(domain.FilePath).ToList();
            if (clashes.Count == 0)
            {
                EmitDomain(output, domain, item.Settings);
                return;
            }

            // Every clash that costs the whole domain is reported at once; the exception types' clashes only when the
            // domain is still emitted, since their message says what it then leaves out.
            bool wholeDomain = clashes.Exists(clash => clash.Cost == ClashCost.WholeDomain);
            foreach (TypeClash clash in clashes)
            {
                if (!wholeDomain || clash.Cost == ClashCost.WholeDomain)
                {
                    output.ReportDiagnostic(ClashDiagnostic(clash).ToDiagnostic());
                }
            }

            if (!wholeDomain)
            {
                // A clash with an exception type costs the exception types only, as ErrorCodesExceptions="false" would.
                EmitDomain(output, domain with { GeneratesExceptions = false, CategoryTypes = default }, item.Settings);
            }
        }

        /// <summary>A clash with the project's own type, at the type's declaration, with the catalog as the related place.</summary>
        private static DiagnosticInfo ClashDiagnostic(TypeClash clash)
        {
            DiagnosticDescriptor descriptor = clash.Cost == ClashCost.WholeDomain ? DiagnosticDescriptors.GeneratedTypeDeclared : DiagnosticDescriptors.ExceptionTypeDeclared;
            return new DiagnosticInfo(
                descriptor,
                clash.Declaration,
                new EquatableArray<string>(new[] { Path.GetFileName(clash.CatalogPath), clash.QualifiedTypeName, clash.Declared }),
                new EquatableArray<SourceSpan>(new[] { SourceSpan.FileStart(clash.CatalogPath) }));
        }

        /// <summary>Emits one domain; a failure becomes a diagnostic on its file so that the other domains still generate.</summary>
        private static void EmitDomain(SourceProductionContext output, DomainModel domain, EmitSettings settings)
        {
            SourceText source;
            try
            {
                source = DomainEmitter.EmitText(domain, settings);
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                output.ReportDiagnostic(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InternalError,
                    SourceSpan.FileStart(domain.FilePath),
                    exception.GetType().Name,
                    exception.Message).ToDiagnostic());
                return;
            }

            try
            {
                output.AddSource(DomainEmitter.HintName(domain), source);
            }
            catch (ArgumentException exception)
            {
                // A hint name the compiler refuses must cost this domain only, never the whole generator (CS8785).
                output.ReportDiagnostic(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InternalError,
                    SourceSpan.FileStart(domain.FilePath),
                    exception.GetType().Name,
                    exception.Message).ToDiagnostic());
            }
        }

        /// <summary>Reads one catalog; any failure becomes a diagnostic on that file so that the others still generate.</summary>
        private static CatalogResult ReadCatalog(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        {
            try
            {
                SourceText? text = file.GetText(cancellationToken);
                if (text is null)
                {
                    var unreadable = DiagnosticInfo.Create(DiagnosticDescriptors.FileUnreadable, SourceSpan.FileStart(file.Path), Path.GetFileName(file.Path));
                    return new CatalogResult(file.Path, null, new EquatableArray<DiagnosticInfo>(new[] { unreadable }));
                }

                AnalyzerConfigOptions fileOptions = options.GetOptions(file);
                var settings = new CatalogSettings(
                    Read(fileOptions, "build_metadata.AdditionalFiles.ErrorCodesDomain"),
                    Read(fileOptions, "build_metadata.AdditionalFiles.ErrorCodesNamespace"),
                    Read(options.GlobalOptions, "build_property.RootNamespace"),
                    Read(fileOptions, "build_metadata.AdditionalFiles.ErrorCodesHelpUrl"),
                    Read(fileOptions, "build_metadata.AdditionalFiles.ErrorCodesPlaceholderStyle"),
                    Read(fileOptions, "build_metadata.AdditionalFiles.ErrorCodesCodeType"),
                    Read(fileOptions, "build_metadata.AdditionalFiles.ErrorCodesExceptions"),
                    Read(fileOptions, "build_metadata.AdditionalFiles.ErrorCodesJsonConverter"),
                    Read(fileOptions, "build_metadata.AdditionalFiles.ErrorCodesAccessibility"));

                CsvTable table = CsvTableReader.Read(file.Path, text, cancellationToken);
                return CatalogBuilder.Build(table, settings);
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                var failure = DiagnosticInfo.Create(
                    DiagnosticDescriptors.InternalError,
                    SourceSpan.FileStart(file.Path),
                    exception.GetType().Name,
                    exception.Message);
                return new CatalogResult(file.Path, null, new EquatableArray<DiagnosticInfo>(new[] { failure }));
            }
        }

        /// <summary>The files without a second copy of a path; the same array when no path repeats (the usual case).</summary>
        private static ImmutableArray<AdditionalText> FirstOfEachPath(ImmutableArray<AdditionalText> files)
        {
            if (files.Length < 2)
            {
                return files;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            ImmutableArray<AdditionalText>.Builder first = ImmutableArray.CreateBuilder<AdditionalText>(files.Length);
            foreach (AdditionalText file in files)
            {
                if (seen.Add(file.Path))
                {
                    first.Add(file);
                }
            }

            return first.Count == files.Length ? files : first.ToImmutable();
        }

        private static EquatableArray<string> RepeatedPaths(ImmutableArray<AdditionalText> files)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var repeated = new SortedSet<string>(StringComparer.Ordinal);
            foreach (AdditionalText file in files)
            {
                if (!seen.Add(file.Path))
                {
                    repeated.Add(file.Path);
                }
            }

            return repeated.ToEquatableArray();
        }

        private static string? Read(AnalyzerConfigOptions options, string key)
            => options.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value : null;

        /// <summary>One domain to emit: its model without the categories it lost, whether it lost its name, and the settings.</summary>
        internal sealed record EmitRequest(DomainModel Domain, bool Emit, EmitSettings Settings);

        /// <summary>The conflicts between domains and the settings, joined once for every domain to emit.</summary>
        private sealed record EmitContext(DomainConflicts Conflicts, EmitSettings Settings);

        /// <summary>
        /// What the settings step needs besides the compilation: the catalogs' claims to their types (none when no
        /// <c>.csv</c> file is given), and whether the language version has nullable annotations. A class for the
        /// pipeline (see <see cref="EmitSettings"/>).
        /// </summary>
        internal sealed record SettingsInput(DomainClaims Claims, bool NullableAnnotations)
        {
            public static SettingsInput NoCatalog { get; } = new SettingsInput(DomainClaims.None, false);

            public static SettingsInput For(DomainClaims claims, ParseOptions parseOptions)
            {
                if (claims == DomainClaims.None)
                {
                    return NoCatalog;
                }

                return new SettingsInput(claims, parseOptions is CSharpParseOptions csharp && csharp.LanguageVersion >= LanguageVersion.CSharp8);
            }
        }

        /// <summary>The paths listed more than once, in a class for the pipeline (see <see cref="EmitSettings"/>).</summary>
        private sealed record RepeatedFiles(EquatableArray<string> Paths)
        {
            public static RepeatedFiles None { get; } = new RepeatedFiles(default(EquatableArray<string>));
        }
    }
}
