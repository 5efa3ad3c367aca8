namespace ConsumerAnalyzer
{
    /// <summary>Codes written wrong on purpose; check.sh expects a warning at each marked number.</summary>
    public static class Mistakes
    {
        public static bool Unknown() => StationErrorCodes.IsDefined(250999); // EC2001

        public static StationErrorCode OtherCatalog() => (StationErrorCode)406; // EC2003: a GamePlatform code

        public static bool Fine(StationException exception) => exception.Code == (int)StationErrorCode.ChannelNotFound;
    }
}
