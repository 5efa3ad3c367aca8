using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodes.Generator.Analysis
{
    /// <summary>
    /// Whether a source file's text holds one of a few names as a whole word (<c>ErrorCode</c>, not
    /// <c>LiveStationErrorCode</c>), read in pieces through one reused buffer. The analyzer asks this of every file
    /// of the compilation twice per build; turning a large file's text into one string (the compiler keeps files over
    /// about 40,000 characters in chunks) copied megabytes per build into the large-object heap.
    /// </summary>
    internal static class WordSearch
    {
        private const int PieceLength = 8192;

        [ThreadStatic]
        private static char[]? s_piece;

        /// <summary>
        /// Whether <paramref name="text"/> holds one of <paramref name="words"/> as a whole word. (A word spelled with
        /// Unicode escapes is not seen.)
        /// </summary>
        public static bool MentionsAny(SourceText text, IReadOnlyCollection<string> words, CancellationToken cancellationToken)
        {
            int longest = 0;
            foreach (string word in words)
            {
                longest = Math.Max(longest, word.Length);
            }

            if (longest == 0)
            {
                return false;
            }

            if (longest > PieceLength / 2)
            {
                return MentionsAnyWhole(text, words);
            }

            char[] piece = s_piece ??= new char[PieceLength];

            // Pieces overlap by the longest word, so every occurrence lies whole in some piece.
            int step = PieceLength - longest;
            for (int start = 0; start < text.Length; start += step)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int count = Math.Min(PieceLength, text.Length - start);
                text.CopyTo(start, piece, 0, count);
                foreach (string word in words)
                {
                    if (word.Length > 0 && Find(text, piece, count, start, word))
                    {
                        return true;
                    }
                }

                if (start + count >= text.Length)
                {
                    break;
                }
            }

            return false;
        }

        private static bool Find(SourceText text, char[] piece, int count, int start, string word)
        {
            char first = word[0];
            int last = count - word.Length;
            for (int at = Array.IndexOf(piece, first, 0, count); at >= 0 && at <= last; at = at + 1 < count ? Array.IndexOf(piece, first, at + 1, count - at - 1) : -1)
            {
                if (MatchesAt(piece, at, word) && IsWholeWord(text, start + at, word.Length))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool MatchesAt(char[] piece, int at, string word)
        {
            for (int i = 1; i < word.Length; i++)
            {
                if (piece[at + i] != word[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The characters around the occurrence are read from the text itself: they may lie outside the piece.</summary>
        private static bool IsWholeWord(SourceText text, int at, int length)
        {
            int end = at + length;
            return (at == 0 || !IsIdentifierCharacter(text[at - 1])) && (end == text.Length || !IsIdentifierCharacter(text[end]));
        }

        private static bool IsIdentifierCharacter(char c) => c == '_' || char.IsLetterOrDigit(c);

        private static bool MentionsAnyWhole(SourceText text, IReadOnlyCollection<string> words)
        {
            string whole = text.ToString();
            foreach (string word in words)
            {
                for (int at = whole.IndexOf(word, StringComparison.Ordinal); at >= 0; at = whole.IndexOf(word, at + 1, StringComparison.Ordinal))
                {
                    if (IsWholeWord(text, at, word.Length))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
