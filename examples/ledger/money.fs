\ Amounts are whole cents; locals name the parts.
: .MONEY ( cents -- ) {: cents | whole :}
  cents 100 / TO whole
  whole 0 .R  [CHAR] . EMIT  cents 100 MOD S>D <# # # #> TYPE ;
: PERCENT ( amount rate -- part ) {: amount rate :} amount rate * 100 / ;
