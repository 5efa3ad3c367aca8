using System;
using System.Collections.Generic;
using System.Globalization;
using ErrorCodes.Generator.Diagnostics;
using ErrorCodes.Generator.Reading;

namespace ErrorCodes.Generator.Model
{
    /// <summary>
    /// Gives each category of a catalog an exception type, <c>&lt;Domain&gt;&lt;Category&gt;Exception</c>, so that one
    /// <c>catch</c> selects a whole section of the vendor's table. Categories that differ only in spelling the
    /// derived name ignores (<c>On air</c>, <c>on-air</c>) share one type, with a warning.
    /// </summary>
    internal sealed class CategoryTypes
    {
        private readonly string _domain;
        private readonly string _namespace;
        private readonly List<CategoryType> _types = new List<CategoryType>();
        private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Category, int Line)> _byTypeName = new Dictionary<string, (string, int)>(StringComparer.Ordinal);

        public CategoryTypes(string domain, string ns)
        {
            _domain = domain;
            _namespace = ns;
        }

        public void Add(CsvCell cell, int lineNumber, List<DiagnosticInfo> diagnostics)
        {
            string category = cell.Value;
            if (category.Length == 0 || !_seen.Add(category))
            {
                return;
            }

            string words = NameConverter.ToPascalCase(category);
            string typeName = GeneratedNames.CategoryException(_domain, words);
            if (words.Length == 0 || !NameConverter.IsValidIdentifier(typeName))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CategoryWithoutTypeName, cell.Span, CsvTableReader.Shorten(category), "has no letter or digit to name an exception type", "write the category with at least one letter"));
                return;
            }

            if (!GeneratedNames.FitsMetadata(GeneratedNames.Qualified(_namespace, typeName)))
            {
                // A description pasted into the category column makes a type name the compiler accepts but cannot
                // write into the assembly (CS7013), which would fail the build with no catalog diagnostic.
                string reason = "gives the exception type name '" + CsvTableReader.Shorten(typeName) + "', longer than the "
                    + GeneratedNames.MetadataNameLimit.ToString(CultureInfo.InvariantCulture) + " bytes a .NET metadata name can hold with its namespace";
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CategoryWithoutTypeName, cell.Span, CsvTableReader.Shorten(category), reason, "write a short category, not a description"));
                return;
            }

            if (_byTypeName.TryGetValue(typeName, out var owner))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.CategoryTypeNameShared,
                    cell.Span,
                    category,
                    typeName,
                    owner.Category,
                    owner.Line.ToString(CultureInfo.InvariantCulture)));
            }
            else
            {
                _byTypeName[typeName] = (category, lineNumber);
            }

            _types.Add(new CategoryType(category, typeName, cell.Span));
        }

        public EquatableArray<CategoryType> ToEquatableArray() => _types.ToEquatableArray();
    }
}
