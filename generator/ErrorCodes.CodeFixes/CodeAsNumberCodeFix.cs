using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace ErrorCodes.CodeFixes
{
    /// <summary>
    /// Fixes EC2002: replaces a defined code written as a number by its enum member, <c>LiveStationErrorCode.ChannelNotFound</c>
    /// in place of a cast to the enum, <c>(int)LiveStationErrorCode.ChannelNotFound</c> where an int is needed, and a
    /// string-coded catalog's code written as text by <c>SqlstateErrorCode.UniqueViolation.GetCode()</c>.
    /// The analyzer hands over the member, the enum and the node to replace, so the fix does no analysis of its own.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CodeAsNumberCodeFix))]
    public sealed class CodeAsNumberCodeFix : CodeFixProvider
    {
        // The analyzer's ID and property names (ErrorCodes.Generator's DiagnosticDescriptors and CodeUseChecker).
        private const string CodeAsNumberId = "EC2002";
        private const string MemberProperty = "Member";
        private const string EnumTypeProperty = "EnumType";
        private const string NeedsIntProperty = "NeedsInt";
        private const string GetCodeProperty = "GetCode";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(CodeAsNumberId);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(MemberProperty, out string? member) || member is null
                    || !diagnostic.Properties.TryGetValue(EnumTypeProperty, out string? enumType) || enumType is null
                    || diagnostic.AdditionalLocations.Count == 0)
                {
                    continue;
                }

                bool needsInt = diagnostic.Properties.TryGetValue(NeedsIntProperty, out string? needs) && needs == "true";
                bool getCode = diagnostic.Properties.TryGetValue(GetCodeProperty, out string? text) && text == "true";
                SyntaxNode? target = root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true);
                if (target is not ExpressionSyntax)
                {
                    continue;
                }

                string memberName = member;
                string enumName = enumType;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use " + ShortName(enumType) + "." + member + (getCode ? ".GetCode()" : string.Empty),
                        cancellationToken => ReplaceAsync(context.Document, diagnostic.AdditionalLocations[0].SourceSpan, enumName, memberName, needsInt, getCode, cancellationToken),
                        equivalenceKey: CodeAsNumberId),
                    diagnostic);
            }
        }

        private static async Task<Document> ReplaceAsync(Document document, Microsoft.CodeAnalysis.Text.TextSpan span, string enumType, string member, bool needsInt, bool getCode, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null || root.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax target)
            {
                return document;
            }

            string text = EnumName(model, enumType, target.SpanStart) + "." + member;
            if (getCode)
            {
                text = CodeOf(model, enumType, member, target.SpanStart);
            }
            else if (needsInt)
            {
                text = "(int)" + text;
            }

            ExpressionSyntax replacement = SyntaxFactory.ParseExpression(text).WithTriviaFrom(target);
            if (needsInt && NeedsParentheses(target))
            {
                replacement = SyntaxFactory.ParenthesizedExpression(replacement.WithoutTrivia()).WithTriviaFrom(target);
            }

            return document.WithSyntaxRoot(root.ReplaceNode(target, replacement.WithAdditionalAnnotations(Formatter.Annotation)));
        }

        /// <summary>The enum's name as short as the position allows: <c>LiveStationErrorCode</c> under a using, else qualified.</summary>
        private static string EnumName(SemanticModel model, string fullyQualified, int position)
        {
            string metadataName = fullyQualified.StartsWith("global::", System.StringComparison.Ordinal) ? fullyQualified.Substring("global::".Length) : fullyQualified;
            INamedTypeSymbol? type = model.Compilation.GetTypeByMetadataName(metadataName);
            return type is null ? fullyQualified : type.ToMinimalDisplayString(model, position);
        }

        /// <summary>
        /// <c>SqlstateErrorCode.UniqueViolation.GetCode()</c> where the enum's namespace is in scope (and with it the
        /// lookup class's <c>GetCode</c> extension), else the lookup class's method called by its qualified name.
        /// </summary>
        private static string CodeOf(SemanticModel model, string enumType, string member, int position)
        {
            string enumName = EnumName(model, enumType, position);
            if (enumName.IndexOf('.') < 0)
            {
                return enumName + "." + member + ".GetCode()";
            }

            // The lookup class is the enum's name with an s: <Domain>ErrorCodes beside <Domain>ErrorCode.
            return EnumName(model, enumType + "s", position) + ".GetCode(" + enumName + "." + member + ")";
        }

        /// <summary>A cast in a member access (<c>250100.ToString()</c>) must be parenthesized to keep its meaning.</summary>
        private static bool NeedsParentheses(ExpressionSyntax target)
            => target.Parent is MemberAccessExpressionSyntax or ConditionalAccessExpressionSyntax or ElementAccessExpressionSyntax;

        private static string ShortName(string fullyQualified)
        {
            int dot = fullyQualified.LastIndexOf('.');
            string name = dot < 0 ? fullyQualified : fullyQualified.Substring(dot + 1);
            return name.StartsWith("global::", System.StringComparison.Ordinal) ? name.Substring("global::".Length) : name;
        }
    }
}
