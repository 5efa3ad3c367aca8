using System.Collections.Generic;

namespace ErrorCodes.Generator.Model.Placeholders
{
    /// <summary>Collects the parts, parameters and problems of one message while a style's parser walks it.</summary>
    internal sealed class MessageBuilder
    {
        private readonly string _template;
        private readonly List<MessagePart> _parts = new List<MessagePart>();
        private readonly List<PlaceholderProblem> _problems = new List<PlaceholderProblem>();
        private readonly System.Text.StringBuilder _text = new System.Text.StringBuilder();
        private int _textStart = -1;
        private int _textEnd;

        public MessageBuilder(string template)
        {
            _template = template;
        }

        public List<MessageParameter> Parameters { get; } = new List<MessageParameter>();

        public List<PlaceholderProblem> Problems => _problems;

        /// <summary>Appends literal output that the template spells from <paramref name="start"/> to <paramref name="end"/>; adjacent pieces join.</summary>
        public void Text(string output, int start, int end)
        {
            if (_textStart < 0)
            {
                _textStart = start;
            }

            _text.Append(output);
            _textEnd = end;
        }

        /// <summary>Appends the template's own characters from <paramref name="start"/> to <paramref name="end"/> as text.</summary>
        public void Verbatim(int start, int end)
        {
            if (end > start)
            {
                Text(_template.Substring(start, end - start), start, end);
            }
        }

        public void Placeholder(MessagePart part)
        {
            FlushText();
            _parts.Add(part);
        }

        /// <summary>Sets each placeholder part's parameter index to what <paramref name="parameterOf"/> says.</summary>
        public void RenumberPlaceholders(System.Func<MessagePart, int> parameterOf)
        {
            FlushText();
            for (int i = 0; i < _parts.Count; i++)
            {
                if (_parts[i].IsPlaceholder)
                {
                    _parts[i] = _parts[i] with { Parameter = parameterOf(_parts[i]) };
                }
            }
        }

        /// <summary>Sets each placeholder part's star slots (argument numbers while parsing) to parameter indexes.</summary>
        public void RenumberStars(System.Func<int, int> parameterOf)
        {
            for (int i = 0; i < _parts.Count; i++)
            {
                MessagePart part = _parts[i];
                if (part.WidthParameter >= 0 || part.PrecisionParameter >= 0)
                {
                    _parts[i] = part with
                    {
                        WidthParameter = part.WidthParameter >= 0 ? parameterOf(part.WidthParameter) : -1,
                        PrecisionParameter = part.PrecisionParameter >= 0 ? parameterOf(part.PrecisionParameter) : -1,
                    };
                }
            }
        }

        public void Problem(PlaceholderProblemKind kind, int start, int length, string reason, string fix, bool dropsHelper)
            => _problems.Add(new PlaceholderProblem(kind, start, length, reason, fix, dropsHelper));

        /// <summary>Reports the <c>%</c> that ends the message (printf and FormatMessage alike) and keeps it as text.</summary>
        public void TrailingPercent(int percent)
        {
            Problem(PlaceholderProblemKind.StrayPercent, percent, 1, "a % that ends the message", "write %% for a percent sign", dropsHelper: false);
            Verbatim(percent, percent + 1);
        }

        public ParsedMessage Build(PlaceholderStyle style)
        {
            FlushText();
            return new ParsedMessage(
                style,
                _template,
                new EquatableArray<MessagePart>(_parts.ToArray()),
                new EquatableArray<MessageParameter>(Parameters.ToArray()),
                new EquatableArray<PlaceholderProblem>(System.Linq.Enumerable.OrderBy(_problems, problem => problem.Start)));
        }

        private void FlushText()
        {
            if (_textStart >= 0)
            {
                _parts.Add(MessagePart.Literal(_text.ToString(), _textStart, _textEnd - _textStart));
                _text.Clear();
                _textStart = -1;
            }
        }
    }
}
