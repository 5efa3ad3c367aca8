using System;
using System.IO;
using ErrorCodes.Generator.Diagnostics;
using ErrorCodes.Generator.Reading;

namespace ErrorCodes.Generator.Model.Building
{
    /// <summary>
    /// Step 1: the domain's name (item metadata, else the file name) and its namespace (item metadata, else the
    /// project's root namespace), then whether the types they name can be generated.
    /// </summary>
    internal static class DomainResolver
    {
        public static void ResolveNames(CatalogContext context)
        {
            context.Domain = ResolveDomain(context);
            context.Namespace = ResolveNamespace(context);
        }

        /// <summary>Drops the domain when one of its types would not fit metadata or would take a library type's name.</summary>
        public static void CheckTypes(CatalogContext context)
        {
            if (context.Domain is not null && context.Namespace is not null
                && (!DomainFits(context.Domain, context.Namespace, context) || CollidesWithLibrary(context.Domain, context.Namespace, context)))
            {
                context.Domain = null;
            }
        }

        private static string? ResolveDomain(CatalogContext context)
        {
            string filePath = context.Table.FilePath;
            string? domainOverride = context.Settings.DomainOverride;
            string domain = string.IsNullOrWhiteSpace(domainOverride)
                ? NameConverter.ToPascalCase(Path.GetFileNameWithoutExtension(filePath))
                : NameConverter.WithoutFormattingCharacters(domainOverride!.Trim());
            if (NameConverter.IsValidIdentifier(domain))
            {
                return domain;
            }

            string shown = string.IsNullOrWhiteSpace(domainOverride) ? Path.GetFileNameWithoutExtension(filePath) : domain;
            context.Report(DiagnosticDescriptors.InvalidDomainName, context.FileStart, shown);
            return null;
        }

        private static string? ResolveNamespace(CatalogContext context)
        {
            CatalogSettings settings = context.Settings;
            string ns = (string.IsNullOrWhiteSpace(settings.NamespaceOverride) ? settings.RootNamespace : settings.NamespaceOverride)?.Trim() ?? string.Empty;
            if (ns.Length == 0 || NameConverter.IsValidNamespace(ns))
            {
                return ns;
            }

            context.Report(DiagnosticDescriptors.InvalidNamespace, context.FileStart, ns);
            return null;
        }

        private static bool CollidesWithLibrary(string domain, string ns, CatalogContext context)
        {
            foreach (string suffix in GeneratedNames.TypeSuffixesOf(context.GeneratesExceptions, context.GeneratesJsonConverter))
            {
                string typeName = GeneratedNames.Qualified(ns, domain + suffix);
                if (Array.IndexOf(GeneratedNames.LibraryTypes, typeName) >= 0)
                {
                    context.Report(DiagnosticDescriptors.TypeCollidesWithLibrary, context.FileStart, domain, typeName);
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether every type the domain generates fits in a metadata name with its namespace; the compiler accepts a
        /// longer name but cannot write it into the assembly (CS7013), which would fail the build without a word on
        /// the catalog.
        /// </summary>
        private static bool DomainFits(string domain, string ns, CatalogContext context)
        {
            if (GeneratedNames.FitsMetadata(GeneratedNames.Qualified(ns, domain + GeneratedNames.LongestTypeSuffix)))
            {
                return true;
            }

            context.Report(DiagnosticDescriptors.InvalidDomainName, context.FileStart, CsvTableReader.Shorten(domain));
            return false;
        }
    }
}
