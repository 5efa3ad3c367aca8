using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodes.Benchmarks;

/// <summary>Gives the generator the project's root namespace, as MSBuild does.</summary>
public sealed class RootNamespaceOptions : AnalyzerConfigOptionsProvider
{
    private readonly RootNamespaceOption _global;

    public RootNamespaceOptions(string rootNamespace) => _global = new RootNamespaceOption(rootNamespace);

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty.Instance;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty.Instance;

    private sealed class RootNamespaceOption : AnalyzerConfigOptions
    {
        private readonly string _rootNamespace;

        public RootNamespaceOption(string rootNamespace) => _rootNamespace = rootNamespace;

        public override bool TryGetValue(string key, out string value)
        {
            value = _rootNamespace;
            return key == "build_property.RootNamespace";
        }
    }

    private sealed class Empty : AnalyzerConfigOptions
    {
        public static readonly Empty Instance = new();

        public override bool TryGetValue(string key, out string value)
        {
            value = string.Empty;
            return false;
        }
    }
}
