using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Reflection.PortableExecutable;
using System.Threading.Tasks;
using StarForth.Testing;
using Xunit;

namespace StarForth.Cli.Tests;

/// <summary>
/// The product as a user meets it, from the repository: pack, install the tool from the packages, run --parity,
/// build the sample word pack against the packages, run one of its words, and see a drifted lock id fail that build
/// with its SF error. Everything happens in a temporary folder with its own NuGet cache, so no package from an earlier
/// run is reused.
/// </summary>
[Collection(SignalTiming.Name)]
public class ProductPipelineTests
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(6);

    [Fact]
    public void PackInstallRunAndBuildAWordPackAgainstThePackages()
    {
        string repository = RepositoryRoot.Path;
        string root = Path.Combine(Path.GetTempPath(), "starforth-product-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            string artifacts = Path.Combine(root, "artifacts");
            var isolated = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(root, "packages") };

            // The solution restores from the usual cache; only what consumes the packages gets a fresh one.
            Step step = Run(repository, null, "dotnet", "pack", Path.Combine(repository, "StarForth.sln"), "-c", "Debug", "-o", artifacts, "-nologo", "-nodeReuse:false");
            Assert.True(step.ExitCode == 0, step.Describe("dotnet pack"));
            foreach (string package in new[] { "starforth", "starforth.linux-x64", "starforth.any", "StarForth.Sdk", "StarForth.Vm" })
            {
                Assert.True(File.Exists(Path.Combine(artifacts, package + ".0.1.0.nupkg")), package + " was not packed");
            }

            string tools = Path.Combine(root, "tools");
            step = Run(root, isolated, "dotnet", "tool", "install", "--tool-path", tools, "--add-source", artifacts, "starforth");
            Assert.True(step.ExitCode == 0, step.Describe("dotnet tool install"));
            string starforth = Path.Combine(tools, "starforth");
            string installed = Path.Combine(tools, ".store", "starforth", "0.1.0", "starforth.linux-x64", "0.1.0", "tools", "net10.0", "linux-x64");
            foreach (string assembly in new[] { "starforth.dll", "StarForth.Vm.dll", "StarForth.Words.dll" })
            {
                Assert.True(HasReadyToRunCode(Path.Combine(installed, assembly)), assembly + " of the installed tool has no ReadyToRun code");
            }

            step = Run(root, isolated, starforth, "--parity");
            Assert.True(step.ExitCode == 0, step.Describe("starforth --parity"));
            Assert.Contains("PARITY:M7.1b tests=", step.Output);
            Assert.Contains(" fail=0 ", step.Output);

            // The samples as a user has them: beside the artifacts folder their nuget.config names.
            CopyDirectory(Path.Combine(repository, "samples"), Path.Combine(root, "samples"));
            File.Copy(Path.Combine(repository, "version.props"), Path.Combine(root, "version.props"));
            string project = Path.Combine(root, "samples", "MyWords");
            step = Run(project, isolated, "dotnet", "build", "-nologo", "-nodeReuse:false");
            Assert.True(step.ExitCode == 0, step.Describe("dotnet build samples/MyWords"));

            string pack = Path.Combine(project, "bin", "Debug", "net10.0", "MyWords.dll");
            step = Run(root, isolated, starforth, "--words", pack, "-e", "7 SQUARE . 12 18 GCD . 3 STARS BYE");
            Assert.True(step.ExitCode == 0, step.Describe("starforth --words"));
            Assert.Equal("49 6 ***", step.Output);

            string lockFile = Path.Combine(project, "words.lock");
            File.WriteAllText(lockFile, File.ReadAllText(lockFile).Replace("1000003\tSTARS", "1001003\tSTARS"));
            step = Run(project, isolated, "dotnet", "build", "-nologo", "-nodeReuse:false");
            Assert.True(step.ExitCode != 0, step.Describe("dotnet build with a drifted id"));
            Assert.Contains("error SF1020: word 'STARS' (word_id 1001003) is outside the id range 1000000-1000999 of this lock", step.Output);
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A build server may still hold a file; the temporary folder is left for the system to clean.
            }
        }
    }

    private readonly record struct Step(int ExitCode, string Output, string Error)
    {
        public string Describe(string what) => $"{what} exited {ExitCode}\n{Output}\n{Error}";
    }

    private static Step Run(string directory, Dictionary<string, string>? environment, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (KeyValuePair<string, string> variable in environment ?? new Dictionary<string, string>())
        {
            start.Environment[variable.Key] = variable.Value;
        }
        using Process process = Process.Start(start)!;
        process.StandardInput.Close();
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(StepTimeout))
        {
            process.Kill(entireProcessTree: true);
            return new Step(-1, output.Result, "timed out after " + StepTimeout + "\n" + error.Result);
        }
        return new Step(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>True when the assembly carries ReadyToRun code: its CLI header points at a managed native header.</summary>
    private static bool HasReadyToRunCode(string assembly)
    {
        using var reader = new PEReader(File.OpenRead(assembly));
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
        foreach (string directory in Directory.GetDirectories(from))
        {
            string name = Path.GetFileName(directory);
            if (name is not ("bin" or "obj"))
            {
                CopyDirectory(directory, Path.Combine(to, name));
            }
        }
    }
}
