using System.Collections.Generic;
using System.Linq;
using Iced.Intel;
using static Iced.Intel.AssemblerRegisters;

namespace StarKernel.Stubs;

/// <summary>
/// The single list of StarKernel's machine-code stubs. Every stub follows the Microsoft x64
/// ABI that ilc uses for <c>--targetos:windows</c>: arguments in rcx, rdx, r8, r9; result in rax;
/// rax, rcx, rdx, r8-r11 and xmm0-xmm5 are volatile.
/// </summary>
public static class KernelStubCatalog
{
    private const string PortIo = "StarKernel.Platform.PortIo";
    private const string Cpu = "StarKernel.Platform.Cpu";
    private const string Interrupts = "StarKernel.Platform.InterruptEntry";
    private const string ModuleHeader = "Internal.Runtime.ReadyToRunModule";
    private const string Image = "StarKernel.Platform.KernelImage";
    private const string FaultInjection = "StarKernel.Test.FaultInjection";

    /// <summary>Managed handler every interrupt entry stub calls with an <c>InterruptFrame*</c>.</summary>
    public const string InterruptHandlerSymbol = "StarKernel_HandleInterrupt";

    /// <summary>Managed handler that <c>throw</c> ends up in: there is no unwinder.</summary>
    public const string UnhandledThrowSymbol = "StarKernel_HandleThrow";

    public const int InterruptVectorCount = 256;

    // Pushed by the common interrupt stub in this order, so the frame lists them in reverse.
    private static readonly (AssemblerRegister64 Register, string Name)[] SavedGeneralRegisters =
    {
        (rax, "Rax"), (rcx, "Rcx"), (rdx, "Rdx"), (rbx, "Rbx"), (rbp, "Rbp"), (rsi, "Rsi"), (rdi, "Rdi"),
        (r8, "R8"), (r9, "R9"), (r10, "R10"), (r11, "R11"), (r12, "R12"), (r13, "R13"), (r14, "R14"), (r15, "R15"),
    };

    // The Microsoft x64 ABI lets the managed handler clobber these; the interrupted code may be using them.
    private static readonly AssemblerRegisterXMM[] VolatileVectorRegisters = { xmm0, xmm1, xmm2, xmm3, xmm4, xmm5 };

    public static NativeModule Build()
    {
        var builder = new NativeModuleBuilder();
        AddPortIo(builder);
        AddCpuControl(builder);
        AddInterruptEntries(builder);
        AddRuntimeSupport(builder);
        return builder.Build();
    }

    /// <summary>
    /// Stubs only the test image links (StarKernelTestImage=true): machine code that faults on
    /// purpose, kept in an object of its own so the normal image does not contain it.
    /// </summary>
    public static NativeModule BuildTestModule()
    {
        var builder = new NativeModuleBuilder();
        builder.Function("StarKernel_DivideByZero", new(FaultInjection, "uint DivideByZero()", "div ecx with ecx = 0: raises #DE (vector 0)"), a =>
        {
            a.xor(ecx, ecx);
            a.xor(edx, edx);
            a.mov(eax, 1);
            a.div(ecx);
            a.ret();
        });
        return builder.Build();
    }

    private static void AddPortIo(NativeModuleBuilder builder)
    {
        builder.Function("StarKernel_InByte", new(PortIo, "byte InByte(ushort port)", "in al, dx"), a =>
        {
            a.mov(edx, ecx);
            a.@in(al, dx);
            a.movzx(eax, al);
            a.ret();
        });
        builder.Function("StarKernel_OutByte", new(PortIo, "void OutByte(ushort port, byte value)", "out dx, al"), a =>
        {
            a.mov(eax, edx);
            a.mov(edx, ecx);
            a.@out(dx, al);
            a.ret();
        });
        builder.Function("StarKernel_InWord", new(PortIo, "ushort InWord(ushort port)", "in ax, dx"), a =>
        {
            a.mov(edx, ecx);
            a.@in(ax, dx);
            a.movzx(eax, ax);
            a.ret();
        });
        builder.Function("StarKernel_OutWord", new(PortIo, "void OutWord(ushort port, ushort value)", "out dx, ax"), a =>
        {
            a.mov(eax, edx);
            a.mov(edx, ecx);
            a.@out(dx, ax);
            a.ret();
        });
        builder.Function("StarKernel_InDword", new(PortIo, "uint InDword(ushort port)", "in eax, dx"), a =>
        {
            a.mov(edx, ecx);
            a.@in(eax, dx);
            a.ret();
        });
        builder.Function("StarKernel_OutDword", new(PortIo, "void OutDword(ushort port, uint value)", "out dx, eax"), a =>
        {
            a.mov(eax, edx);
            a.mov(edx, ecx);
            a.@out(dx, eax);
            a.ret();
        });
    }

    private static void AddCpuControl(NativeModuleBuilder builder)
    {
        builder.Function("StarKernel_Halt", new(Cpu, "void Halt()", "hlt"), a =>
        {
            a.hlt();
            a.ret();
        });
        builder.Function("StarKernel_Pause", new(Cpu, "void Pause()", "pause (spin-wait hint)"), a =>
        {
            a.pause();
            a.ret();
        });
        builder.Function("StarKernel_DisableInterrupts", new(Cpu, "void DisableInterrupts()", "cli"), a =>
        {
            a.cli();
            a.ret();
        });
        builder.Function("StarKernel_EnableInterrupts", new(Cpu, "void EnableInterrupts()", "sti"), a =>
        {
            a.sti();
            a.ret();
        });
        builder.Function("StarKernel_Breakpoint", new(Cpu, "void Breakpoint()", "int3 (raises vector 3, a trap: the handler returns to the next instruction)"), a =>
        {
            a.int3();
            a.ret();
        });
        builder.Function("StarKernel_ReadCodeSegment", new(Cpu, "ushort ReadCodeSegment()", "mov ax, cs (the selector IDT gates must name)"), a =>
        {
            a.mov(eax, 0);
            a.mov(ax, cs);
            a.ret();
        });
        builder.Function("StarKernel_ReadTimestampCounter", new(Cpu, "ulong ReadTimestampCounter()", "rdtsc, as one 64-bit value"), a =>
        {
            a.rdtsc();
            a.shl(rdx, 32);
            a.or(rax, rdx);
            a.ret();
        });
        builder.Function("StarKernel_ReadCr2", new(Cpu, "ulong ReadCr2()", "mov rax, cr2 (the faulting address of the last #PF)"), a =>
        {
            a.mov(rax, cr2);
            a.ret();
        });
        builder.Function("StarKernel_ReadCr3", new(Cpu, "ulong ReadCr3()", "mov rax, cr3 (the page-table root)"), a =>
        {
            a.mov(rax, cr3);
            a.ret();
        });
        builder.Function("StarKernel_WriteCr3", new(Cpu, "void WriteCr3(ulong pageTableRoot)", "mov cr3, rcx (switches address space, flushes the TLB)"), a =>
        {
            a.mov(cr3, rcx);
            a.ret();
        });
        builder.Function("StarKernel_ReadCr4", new(Cpu, "ulong ReadCr4()", "mov rax, cr4 (paging mode bits: PAE, LA57, PCIDE)"), a =>
        {
            a.mov(rax, cr4);
            a.ret();
        });
        builder.Function("StarKernel_ReadMsr", new(Cpu, "ulong ReadMsr(uint index)", "rdmsr (ecx = index), edx:eax as one 64-bit value"), a =>
        {
            a.rdmsr();
            a.shl(rdx, 32);
            a.or(rax, rdx);
            a.ret();
        });
        builder.Function("StarKernel_WriteMsr", new(Cpu, "void WriteMsr(uint index, ulong value)", "wrmsr (ecx = index), value split into edx:eax"), a =>
        {
            a.mov(rax, rdx);
            a.shr(rdx, 32);
            a.wrmsr();
            a.ret();
        });
        builder.Function("StarKernel_InvalidatePage", new(Cpu, "void InvalidatePage(void* address)", "invlpg [rcx]"), a =>
        {
            a.invlpg(__[rcx]);
            a.ret();
        });
        builder.Function("StarKernel_LoadGlobalDescriptorTable",
            new(Cpu, "void LoadGlobalDescriptorTable(void* limitAndBase, ushort codeSelector, ushort dataSelector)",
                "lgdt [rcx], data segments = r8w, then a far return to reload cs with dx"),
            a =>
            {
                a.lgdt(__[rcx]);
                a.mov(ds, r8w);
                a.mov(es, r8w);
                a.mov(ss, r8w);
                a.mov(fs, r8w);
                a.mov(gs, r8w);
                a.movzx(edx, dx);
                a.pop(rax);            // our return address ...
                a.push(rdx);           // ... becomes the far return's target, with the new cs
                a.push(rax);
                a.AddInstruction(Instruction.Create(Code.Retfq));   // REX.W retf: pops rip, then cs
            });
        builder.Function("StarKernel_LoadTaskRegister", new(Cpu, "void LoadTaskRegister(ushort selector)", "ltr cx (the TSS, whose IST stacks the IDT can name)"), a =>
        {
            a.ltr(cx);
            a.ret();
        });
        builder.Function("StarKernel_CallOnStack",
            new(Cpu, "void CallOnStack(void* stackTop, delegate* unmanaged<void> function)",
                "calls rdx with rsp = rcx (16-byte aligned, 32 bytes of shadow space), then returns on the caller's stack"),
            a =>
            {
                a.push(rbp);
                a.mov(rbp, rsp);
                a.mov(rsp, rcx);
                a.sub(rsp, 32);
                a.call(rdx);
                a.mov(rsp, rbp);
                a.pop(rbp);
                a.ret();
            });
        builder.Function("StarKernel_LoadInterruptDescriptorTable", new(Cpu, "void LoadInterruptDescriptorTable(void* limitAndBase)", "lidt [rcx] (rcx points at a 2-byte limit followed by an 8-byte base)"), a =>
        {
            a.lidt(__[rcx]);
            a.ret();
        });
    }

    /// <summary>
    /// One entry stub per vector normalises the stack (a zero where the CPU pushes no error code,
    /// then the vector number) and jumps to a common stub that saves the interrupted state, calls
    /// the managed handler with a pointer to it, restores it and returns with iretq.
    /// </summary>
    private static void AddInterruptEntries(NativeModuleBuilder builder)
    {
        Assembler a = builder.Assembler;
        Label handler = builder.AddressOfExternal(InterruptHandlerSymbol);
        Label common = a.CreateLabel("interrupt_common");

        var entries = new List<Label>();
        for (int vector = 0; vector < InterruptVectorCount; vector++)
        {
            entries.Add(builder.Here("interrupt_entry_" + vector));
            if (!CpuPushesErrorCode(vector))
            {
                a.push(0);
            }
            a.push(vector);
            a.jmp(common);
        }

        builder.Bind(ref common, "interrupt_common");
        foreach ((AssemblerRegister64 register, _) in SavedGeneralRegisters)
        {
            a.push(register);
        }
        a.cld();                       // the ABI requires DF=0 on every call
        a.mov(rbp, rsp);               // rbp = InterruptFrame*, and the way back after aligning
        a.and(rsp, -16);
        a.sub(rsp, 16 * VolatileVectorRegisters.Length);
        for (int i = 0; i < VolatileVectorRegisters.Length; i++)
        {
            a.movdqa(__xmmword_ptr[rsp + 16 * i], VolatileVectorRegisters[i]);
        }
        a.mov(rcx, rbp);
        a.sub(rsp, 32);                // shadow space for the callee
        a.call(__qword_ptr[handler]);
        a.add(rsp, 32);
        for (int i = 0; i < VolatileVectorRegisters.Length; i++)
        {
            a.movdqa(VolatileVectorRegisters[i], __xmmword_ptr[rsp + 16 * i]);
        }
        a.mov(rsp, rbp);
        foreach ((AssemblerRegister64 register, _) in SavedGeneralRegisters.Reverse())
        {
            a.pop(register);
        }
        a.add(rsp, 16);                // vector and error code
        a.iretq();

        // A read-only table of the entry stubs' run-time addresses, indexed by vector, for the IDT.
        Label table = builder.AddressTable("interrupt_entry_table", entries);
        builder.Function("StarKernel_GetInterruptEntryTable",
            new(Interrupts, "ulong* GetEntryTable()", $"the run-time addresses of the {InterruptVectorCount} entry stubs, indexed by vector"),
            asm =>
            {
                asm.lea(rax, __[table]);
                asm.ret();
            });

        var fields = new List<(string Type, string Name)>();
        foreach ((_, string name) in SavedGeneralRegisters.Reverse())
        {
            fields.Add(("ulong", name));
        }
        fields.Add(("ulong", "Vector"));
        fields.Add(("ulong", "ErrorCode"));
        fields.Add(("ulong", "Rip"));
        fields.Add(("ulong", "Cs"));
        fields.Add(("ulong", "Rflags"));
        fields.Add(("ulong", "Rsp"));
        fields.Add(("ulong", "Ss"));
        builder.Struct(new SharedStruct(
            "StarKernel.Platform.InterruptFrame",
            $"The stack as the common interrupt stub leaves it when it calls {InterruptHandlerSymbol}; writes to it are restored by iretq.",
            fields));
    }

    /// <summary>Exceptions for which the CPU itself pushes an error code (Intel SDM vol. 3, 6.13).</summary>
    private static bool CpuPushesErrorCode(int vector) =>
        vector is 8 or 10 or 11 or 12 or 13 or 14 or 17 or 21 or 29 or 30;

    /// <summary>Symbols ilc-generated code expects a runtime to provide.</summary>
    private static void AddRuntimeSupport(NativeModuleBuilder builder)
    {
        Label readyToRunHeader = builder.AddressOfExternal("__ReadyToRunHeader");
        builder.Function("StarKernel_GetReadyToRunHeader",
            new(ModuleHeader, "void* GetHeader()", "the address of ilc's __ReadyToRunHeader, the root of the module's section table"),
            a =>
            {
                a.mov(rax, __qword_ptr[readyToRunHeader]);
                a.ret();
            });

        // lld-link defines __ImageBase at the image's first byte (the DOS header); the slot's ADDR64
        // relocation makes it the run-time address wherever the firmware loaded the image.
        Label imageBase = builder.AddressOfExternal("__ImageBase");
        builder.Function("StarKernel_GetImageBase",
            new(Image, "byte* GetImageBase()", "the address the firmware loaded the image at (lld-link's __ImageBase)"),
            a =>
            {
                a.mov(rax, __qword_ptr[imageBase]);
                a.ret();
            });

        // Copies one pointer-sized field of a struct that contains references: rsi -> rdi, both advanced.
        // Without a GC there is no card table to mark, so it is a plain move.
        builder.Function("RhpByRefAssignRef", null, a =>
        {
            a.movsq();
            a.ret();
        });

        // `throw` compiles to a call to RhpThrowEx with the exception in rcx. There is no unwinder, so
        // forward it (a tail jump keeps rcx) to a managed handler that reports it and stops.
        Label throwHandler = builder.AddressOfExternal(UnhandledThrowSymbol);
        builder.Function("RhpThrowEx", null, a => a.jmp(__qword_ptr[throwHandler]));
        builder.Function("RhpRethrow", null, a => a.jmp(__qword_ptr[throwHandler]));

        // A frame larger than a page (the generated DefineBootstrapWords, once the lock passed ~380 entries) first
        // calls RhpStackProbe with rax = its lowest address, so that a guard page can commit the stack page by page.
        // UEFI maps the whole stack before the image runs: there is nothing to commit, and the helper must keep every
        // register, so it only returns.
        builder.Function("RhpStackProbe", null, a => a.ret());

        // Read by the stack-overrun (GS) check in every frame that uses stackalloc. Any constant
        // works: the check only compares the copy in the frame with this value.
        builder.DataQuadword("__security_cookie", 0x00002B992DDFA232UL);
    }
}
