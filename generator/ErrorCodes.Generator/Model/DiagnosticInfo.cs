using System.Linq;
using Microsoft.CodeAnalysis;

namespace ErrorCodes.Generator.Model
{
    /// <summary>
    /// A diagnostic as plain values: the descriptor, the place, the message arguments, and other places it is about
    /// (such as the first row of a repeated code), which an IDE shows as related locations.
    /// </summary>
    internal sealed record DiagnosticInfo(
        DiagnosticDescriptor Descriptor,
        SourceSpan Span,
        EquatableArray<string> Arguments,
        EquatableArray<SourceSpan> RelatedSpans)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments)
            => new DiagnosticInfo(descriptor, span, new EquatableArray<string>(arguments), EquatableArray<SourceSpan>.Empty);

        public Diagnostic ToDiagnostic()
        {
            object[] arguments = new object[Arguments.Count];
            for (int i = 0; i < arguments.Length; i++)
            {
                arguments[i] = Arguments[i];
            }

            return Diagnostic.Create(Descriptor, Span.ToLocation(), RelatedSpans.Select(span => span.ToLocation()), arguments);
        }

        public bool Equals(DiagnosticInfo? other)
            => other is not null
               && Descriptor.Id == other.Descriptor.Id
               && Span.Equals(other.Span)
               && Arguments.Equals(other.Arguments)
               && RelatedSpans.Equals(other.RelatedSpans);

        public override int GetHashCode() => (Descriptor.Id, Span, Arguments).GetHashCode();
    }
}
