using System;
using System.Globalization;
using Sample;

Console.WriteLine(LiveStationErrorCode.ChannelNotFound.GetName());
Console.WriteLine(LiveStationErrorCodes.FormatInvalidFormat("channelId"));
Console.WriteLine(ChatErrorCode.ParamsBindingError.GetMessage(new CultureInfo("ko-KR")));
