using System;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodes.Generator.Emit
{
    /// <summary>Writes source lines at the current indentation. Lines end in "\n" whatever the platform, so output is identical everywhere.</summary>
    internal sealed class CodeWriter
    {
        private readonly StringBuilder _builder;
        private int _indent;

        public CodeWriter(int capacity = 16)
        {
            _builder = new StringBuilder(capacity);
        }

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
        public StringBuilder StartLine()
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

        /// <summary>
        /// The written text for the compiler, read straight out of the builder. A large catalog writes millions of
        /// characters: as one string that is a copy on the large object heap, which costs a full garbage collection;
        /// read through a reader, the compiler keeps the text in chunks of its own.
        /// </summary>
        public SourceText ToSourceText(Encoding encoding)
            => SourceText.From(new BuilderReader(_builder), _builder.Length, encoding);

        /// <summary>Reads a builder from start to end without turning it into one string.</summary>
        private sealed class BuilderReader : TextReader
        {
            private readonly StringBuilder _builder;
            private int _position;

            public BuilderReader(StringBuilder builder)
            {
                _builder = builder;
            }

            public override int Peek() => _position < _builder.Length ? _builder[_position] : -1;

            public override int Read() => _position < _builder.Length ? _builder[_position++] : -1;

            public override int Read(char[] buffer, int index, int count)
            {
                int read = Math.Min(count, _builder.Length - _position);
                _builder.CopyTo(_position, buffer, index, read);
                _position += read;
                return read;
            }
        }
    }
}
