using System;
using Microsoft.CodeAnalysis;

namespace EmptyGenerator
{
    /// <summary>Does what every catalog generator must do first, and nothing else.</summary>
    [Generator]
    public sealed class CsvFilterGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var catalogs = context.AdditionalTextsProvider
                .Where(static file => file.Path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase));
            context.RegisterSourceOutput(catalogs, static (_, _) => { });
        }
    }
}
