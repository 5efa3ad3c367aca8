using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// The runtime library is strong-named, so a strong-named library (common among netstandard2.0 and .NET Framework
/// libraries) can reference it: an unsigned reference is warning CS8002 there, an error with warnings as errors.
/// </summary>
public class StrongNameTests
{
    [Fact]
    public void The_runtime_library_has_a_public_key_token()
    {
        byte[]? token = typeof(ErrorCodeException).Assembly.GetName().GetPublicKeyToken();

        // The token of src/ErrorCodes/ErrorCodes.snk, as README gives it: a new key would break every strong-named
        // library built against the old one.
        Assert.Equal("38a80249f8e4d8f3", System.Convert.ToHexString(token!).ToLowerInvariant());
    }

    [Fact]
    public void A_strong_named_library_references_it_without_CS8002()
    {
        // Public signing with any real key makes the compilation strong-named, which is all CS8002 looks at.
        ImmutableArray<byte> publicKey = typeof(Assert).Assembly.GetName().GetPublicKey()!.ToImmutableArray();
        Assert.False(publicKey.IsEmpty);
        CSharpCompilation library = CSharpCompilation.Create(
            "SignedLibrary",
            new[] { CSharpSyntaxTree.ParseText("public static class Uses { public static bool Known(ErrorCodes.ErrorCodeException error) => error.IsKnown; }") },
            GeneratorHarness.NetReferences.Add(MetadataReference.CreateFromFile(GeneratorHarness.RuntimeLibraryPath)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary).WithCryptoPublicKey(publicKey).WithPublicSign(true));

        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = library.Emit(stream);

        Assert.True(library.Assembly.Identity.IsStrongName);
        Assert.True(emitted.Success);
        Assert.Empty(emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
