"""The "Nhận xét & xác nhận" screen: the year's cases, typing in the cells' sheets, the head's review queue and
the dispatches to the workplace committees."""
