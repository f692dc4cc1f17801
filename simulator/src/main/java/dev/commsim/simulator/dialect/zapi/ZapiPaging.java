package dev.commsim.simulator.dialect.zapi;

import java.util.List;

/**
 * Z-API's {@code page} and {@code pageSize} query parameters (zapi.md §3, sc): 1-based; when either
 * is missing the whole list is returned; a page past the end is empty.
 */
record ZapiPaging(int page, int pageSize) {
    static final int MAX_PAGE_SIZE = 1000;

    /** The paging of a request (null paging means "everything"), or the problem naming its bad parameter. */
    record Read(ZapiPaging paging, String problem) {
        <T> List<T> slice(List<T> items) {
            return paging == null ? items : paging.slice(items);
        }
    }

    static Read of(ZapiCall call) {
        String page = call.query("page");
        String pageSize = call.query("pageSize");
        Integer pageNumber = page == null ? null : number(page, Integer.MAX_VALUE);
        if (page != null && pageNumber == null) {
            return new Read(null, "'page' must be an integer >= 1");
        }
        Integer size = pageSize == null ? null : number(pageSize, MAX_PAGE_SIZE);
        if (pageSize != null && size == null) {
            return new Read(null, "'pageSize' must be an integer from 1 to " + MAX_PAGE_SIZE);
        }
        if (pageNumber == null || size == null) {
            return new Read(null, null);
        }
        return new Read(new ZapiPaging(pageNumber, size), null);
    }

    private static Integer number(String raw, int max) {
        try {
            int value = Integer.parseInt(raw.trim());
            return value < 1 || value > max ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    <T> List<T> slice(List<T> items) {
        long from = (long) (page - 1) * pageSize;
        if (from >= items.size()) {
            return List.of();
        }
        return items.subList((int) from, (int) Math.min(items.size(), from + pageSize));
    }
}
