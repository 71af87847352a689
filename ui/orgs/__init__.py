"""The Tổ chức screen: the dated cell tree, and merging, splitting and moving members between cells."""
