\ The report: what is in stock.
: REPORT ( -- ) ." apples: " APPLES @ . CR ." pears: " PEARS @ . CR ;
