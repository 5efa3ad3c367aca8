using System;
using ConsumerBrokenCatalog;

// Only rows the generator could read are used here; they must compile whatever else is wrong in the catalogs.
Console.WriteLine(BrokenErrorCode.ValidOne.GetMessage());
Console.WriteLine(BrokenErrorCodes.FormatValidOne(42));
Console.WriteLine((int)BrokenErrorCode.ValidTwo + " " + BrokenErrorCode.ValidTwo.GetMessage());
Console.WriteLine((int)BrokenErrorCode.ValidThree + " " + BrokenErrorCode.ValidThree.GetName());
Console.WriteLine(BrokenErrorCode.Again == BrokenErrorCode.ValidOne);
Console.WriteLine(BrokenErrorCodes.IsDefined(7));
Console.WriteLine(Latin1ErrorCode.Cafe.GetName());
Console.WriteLine(ValidErrorCodes.FormatBusy("printing"));
Console.WriteLine(ValidException.Create(ValidErrorCode.Busy, ValidErrorCodes.FormatBusy("printing")).Code);
