-- wrk script: POST a short Arabic article to /api/code.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"text": "شنت طائرات حربية غارات جوية على مدينة رفح جنوب قطاع غزة يوم الأربعاء.\\nوأسفر القصف عن مقتل عشرة أشخاص بحسب مصادر طبية.\\nوأجرى وزير الخارجية المصري اتصالا هاتفيا مع نظيره الأردني."}'

-- count non-2xx answers so the summary can say "zero errors"
local errors = 0
function response(status, headers, body)
  if status < 200 or status >= 300 then errors = errors + 1 end
end
