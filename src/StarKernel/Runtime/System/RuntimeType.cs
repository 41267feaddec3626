namespace System;

internal sealed class RuntimeType : Type
{
}
