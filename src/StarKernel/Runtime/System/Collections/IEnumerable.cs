namespace System.Collections;

/// <summary>Roslyn requires it for <c>foreach</c>, even over arrays and spans, which it lowers to index loops.</summary>
public interface IEnumerable
{
    IEnumerator GetEnumerator();
}
