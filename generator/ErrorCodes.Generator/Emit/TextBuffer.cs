using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodes.Generator.Emit
{
    /// <summary>
    /// An append-only text in chunks of one fixed size, which the compiler reads as a <see cref="SourceText"/> without
    /// a copy. A catalog of 10,000 rows writes millions of characters: built in a <see cref="StringBuilder"/>, the
    /// compiler's text was a second copy of all of them (or one string on the large object heap, which costs a full
    /// garbage collection), and a builder cannot be read at a position without walking its chunks.
    /// </summary>
    internal sealed class TextBuffer
    {
        /// <summary>32 KB a chunk: well under the 85,000 bytes at which an array goes to the large object heap.</summary>
        public const int DefaultChunkSize = 16 * 1024;

        private readonly int _chunkSize;
        private readonly List<char[]> _chunks = new List<char[]>();
        private char[] _current;
        private int _used;
        private int _length;

        public TextBuffer(int chunkSize = DefaultChunkSize)
        {
            _chunkSize = Math.Max(chunkSize, 16);
            _current = new char[_chunkSize];
            _chunks.Add(_current);
        }

        public int Length => _length;

        public char this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_length)
                {
                    throw new ArgumentOutOfRangeException(nameof(index));
                }

                return _chunks[index / _chunkSize][index % _chunkSize];
            }
        }

        public TextBuffer Append(char value)
        {
            if (_used == _current.Length)
            {
                NextChunk();
            }

            _current[_used++] = value;
            _length++;
            return this;
        }

        public TextBuffer Append(char value, int repeatCount)
        {
            for (int i = 0; i < repeatCount; i++)
            {
                Append(value);
            }

            return this;
        }

        public TextBuffer Append(string? value) => value is null ? this : Append(value, 0, value.Length);

        public TextBuffer Append(string value, int start, int count)
        {
            while (count > 0)
            {
                if (_used == _current.Length)
                {
                    NextChunk();
                }

                int copied = Math.Min(count, _current.Length - _used);
                value.CopyTo(start, _current, _used, copied);
                _used += copied;
                _length += copied;
                start += copied;
                count -= copied;
            }

            return this;
        }

        /// <summary>An int in invariant decimal digits, without a string of its own.</summary>
        public TextBuffer Append(int value)
        {
            if (value < 0)
            {
                Append('-');
            }

            // Digits of the magnitude as a negative number, so int.MinValue needs no special case.
            int negative = value < 0 ? value : -value;
            int divisor = -1;
            while (negative / 10 <= divisor)
            {
                divisor *= 10;
            }

            for (; divisor != 0; divisor /= 10)
            {
                int digit = negative / divisor;
                Append((char)('0' + digit));
                negative -= digit * divisor;
            }

            return this;
        }

        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (sourceIndex < 0 || count < 0 || sourceIndex > _length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(sourceIndex));
            }

            while (count > 0)
            {
                char[] chunk = _chunks[sourceIndex / _chunkSize];
                int offset = sourceIndex % _chunkSize;
                int copied = Math.Min(count, _chunkSize - offset);
                Array.Copy(chunk, offset, destination, destinationIndex, copied);
                sourceIndex += copied;
                destinationIndex += copied;
                count -= copied;
            }
        }

        public override string ToString()
        {
            if (_chunks.Count == 1)
            {
                return new string(_current, 0, _used);
            }

            var all = new char[_length];
            CopyTo(0, all, 0, _length);
            return new string(all);
        }

        /// <summary>The text written so far, for the compiler; the buffer must not be written to afterwards.</summary>
        public SourceText ToSourceText(Encoding encoding) => new BufferText(this, encoding);

        private void NextChunk()
        {
            _current = new char[_chunkSize];
            _chunks.Add(_current);
            _used = 0;
        }

        /// <summary>A <see cref="SourceText"/> that reads the buffer's chunks in place.</summary>
        private sealed class BufferText : SourceText
        {
            private readonly TextBuffer _buffer;
            private readonly int _length;

            public BufferText(TextBuffer buffer, Encoding encoding)
            {
                _buffer = buffer;
                _length = buffer.Length;
                Encoding = encoding;
            }

            public override Encoding Encoding { get; }

            public override int Length => _length;

            public override char this[int position]
            {
                get
                {
                    if ((uint)position >= (uint)_length)
                    {
                        throw new ArgumentOutOfRangeException(nameof(position));
                    }

                    return _buffer[position];
                }
            }

            public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
            {
                if (sourceIndex < 0 || count < 0 || sourceIndex > _length - count)
                {
                    throw new ArgumentOutOfRangeException(nameof(sourceIndex));
                }

                _buffer.CopyTo(sourceIndex, destination, destinationIndex, count);
            }
        }
    }
}
