using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodes.Generator.Emit
{
    /// <summary>Writes source lines at the current indentation. Lines end in "\n" whatever the platform, so output is identical everywhere.</summary>
    internal sealed class CodeWriter
    {
        private readonly TextBuffer _builder = new TextBuffer();
        private int _indent;

        public CodeWriter Line(string text = "")
        {
            if (text.Length != 0)
            {
                _builder.Append(' ', _indent * 4);
                _builder.Append(text);
            }

            _builder.Append('\n');
            return this;
        }

        /// <summary>One line made of three pieces, written without joining them first: tables have a line per row.</summary>
        public CodeWriter Line(string first, string second, string third)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(first).Append(second).Append(third);
            _builder.Append('\n');
            return this;
        }

        /// <summary>
        /// Starts a line at the current indentation and hands out the buffer, so a line of megabytes (a text table)
        /// is written in place rather than built as a string first; <see cref="EndLine"/> finishes it.
        /// </summary>
        public TextBuffer StartLine()
        {
            _builder.Append(' ', _indent * 4);
            return _builder;
        }

        public CodeWriter EndLine()
        {
            _builder.Append('\n');
            return this;
        }

        public CodeWriter Open(string header)
        {
            Line(header);
            return OpenBlock();
        }

        /// <summary>Opens a block under a header already written with <see cref="StartLine"/> and <see cref="EndLine"/>.</summary>
        public CodeWriter OpenBlock()
        {
            Line("{");
            _indent++;
            return this;
        }

        public CodeWriter Close(string closing = "}")
        {
            _indent--;
            Line(closing);
            return this;
        }

        public override string ToString() => _builder.ToString();

        /// <summary>The written text for the compiler, read in place (see <see cref="TextBuffer"/>).</summary>
        public SourceText ToSourceText(Encoding encoding) => _builder.ToSourceText(encoding);
    }
}
