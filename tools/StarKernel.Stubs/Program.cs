// Build-time tool: assembles StarKernel's machine-code stubs and writes the COFF object that
// lld-link links into the kernel, plus the C# declarations the kernel calls them through.
//
// usage: StarKernel.Stubs <output.obj> <output.g.cs>
using System;
using System.IO;
using StarKernel.Stubs;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: StarKernel.Stubs <output.obj> <output.g.cs>");
    return 2;
}

NativeModule module = KernelStubCatalog.Build();

string objectPath = Path.GetFullPath(args[0]);
string bindingsPath = Path.GetFullPath(args[1]);
Directory.CreateDirectory(Path.GetDirectoryName(objectPath)!);
Directory.CreateDirectory(Path.GetDirectoryName(bindingsPath)!);

File.WriteAllBytes(objectPath, CoffObjectWriter.Write(module));
File.WriteAllText(bindingsPath, CSharpBindingsWriter.Write(module));

Console.WriteLine($"StarKernel.Stubs: {module.Text.Length} bytes of code, {module.Symbols.Count} symbols -> {objectPath}");
return 0;
