// Build-time tool: assembles the native compiler's stencils and writes the table the VM copies them from, plus their
// listing. usage: StarForth.Stencils <NativeStencils.g.cs> <native-stencils.lst>
using System;
using System.IO;
using StarForth.Stencils;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: StarForth.Stencils <NativeStencils.g.cs> <native-stencils.lst>");
    return 2;
}
var stencils = StencilCatalog.Build();
File.WriteAllText(args[0], StencilTableWriter.WriteCSharp(stencils));
File.WriteAllText(args[1], StencilTableWriter.WriteListing(stencils));
Console.WriteLine($"StarForth.Stencils: {stencils.Count} stencils -> {Path.GetFullPath(args[0])}, {Path.GetFullPath(args[1])}");
return 0;
