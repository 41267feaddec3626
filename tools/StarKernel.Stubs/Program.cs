// Build-time tool: assembles StarKernel's machine-code stubs and writes the COFF object that
// lld-link links into the kernel, plus the C# declarations the kernel calls them through.
//
// usage: StarKernel.Stubs <output.obj> <output.g.cs> [<test.obj> <test.g.cs>]
//   the optional pair is the test image's extra stubs (KernelStubCatalog.BuildTestModule)
using System;
using System.IO;
using StarKernel.Stubs;

if (args.Length is not (2 or 4))
{
    Console.Error.WriteLine("usage: StarKernel.Stubs <output.obj> <output.g.cs> [<test.obj> <test.g.cs>]");
    return 2;
}

Write(KernelStubCatalog.Build(), args[0], args[1]);
if (args.Length == 4)
{
    Write(KernelStubCatalog.BuildTestModule(), args[2], args[3]);
}
return 0;

static void Write(NativeModule module, string objectArgument, string bindingsArgument)
{
    string objectPath = Path.GetFullPath(objectArgument);
    string bindingsPath = Path.GetFullPath(bindingsArgument);
    Directory.CreateDirectory(Path.GetDirectoryName(objectPath)!);
    Directory.CreateDirectory(Path.GetDirectoryName(bindingsPath)!);
    File.WriteAllBytes(objectPath, CoffObjectWriter.Write(module));
    File.WriteAllText(bindingsPath, CSharpBindingsWriter.Write(module));
    Console.WriteLine($"StarKernel.Stubs: {module.Text.Length} bytes of code, {module.Symbols.Count} symbols -> {objectPath}");
}
